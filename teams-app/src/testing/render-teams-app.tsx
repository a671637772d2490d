import { cleanup, render } from "@testing-library/react";
import type { DocumentsPort, LibraryFiles } from "@shared/data/drive/documents-port";
import { MemoryStorage } from "@shared/data/outbox/storage";
import { previewHostContext } from "@shared/preview/preview-host-context";
import type { LegacyDetailsStore } from "../app/data/legacy-details-store";
import type { TeamsData } from "../app/data/ports";
import { outboxWriter } from "../app/data/writer";
import { PreviewInvitations } from "../features/seance/invitation";
import type { InvitationSender } from "../features/seance/invitation";
import { ServicesProvider } from "../app/services";
import type { TeamsServices } from "../app/services";
import { TeamsApp } from "../app/TeamsApp";

/** The writers' retry loops still running: a loop left behind would keep retrying into the next test. */
const running = new Set<() => void>();

/** For a test that composes the tab itself: `closeTeamsApps` calls `stop` too, as it ends `renderTeamsApp`'s writers. */
export function stopWhenTeamsAppsClose(stop: () => void): void {
  running.add(stop);
}

/** Unmounts the rendered tabs and ends their writers' retry loops, as closing Teams would. */
export function closeTeamsApps(): void {
  cleanup();
  running.forEach((stop) => stop());
  running.clear();
}

/** Closes, after each test of the calling file, the tabs it rendered. */
export function closeTeamsAppsAfterEach(): void {
  afterEach(closeTeamsApps);
}

interface RenderTeamsAppOptions {
  invitations?: InvitationSender;
  legacyDetails?: LegacyDetailsStore;
  undoDelayMs?: number;
  documents?: DocumentsPort;
  publications?: LibraryFiles;
}

/** The tab as the preview composes it, on the given repositories, with a fixed today; `closeTeamsApps` ends its writer. */
export function renderTeamsApp(data: TeamsData, view: string, today: string, options: RenderTeamsAppOptions = {}) {
  const { invitations = new PreviewInvitations(), legacyDetails, undoDelayMs = 0, documents, publications } = options;
  // Short retry delays, so that a write queued while "offline" goes out within the test.
  const writer = outboxWriter(data, new MemoryStorage(), Date.now, { baseDelayMs: 20, maxDelayMs: 50 });
  stopWhenTeamsAppsClose(() => writer.stop());
  const services: TeamsServices = {
    host: previewHostContext("teams"),
    clock: { today: () => today },
    data,
    writer,
    drafts: new MemoryStorage(),
    invitations,
    undoDelayMs,
    ...(legacyDetails ? { legacyDetails } : {}),
    ...(documents ? { documents } : {}),
    ...(publications ? { publications } : {}),
    // The in-memory repositories grant everything: who the page acts as only changes what it shows.
    viewAs: { everyone: () => data.membres.items(), actAs: () => undefined },
  };
  const view$ = render(
    <ServicesProvider services={services}>
      <TeamsApp initialView={view} />
    </ServicesProvider>,
  );
  return view$;
}
