// First import: zod must be told not to probe for eval before any schema of the data layer is built.
import "@shared/ui/render/zod-jitless";
import type { ReactNode } from "react";
import { systemClock } from "@shared/ports/clock";
import type { HostContext, HostKind } from "@shared/ports/host-context";
import { MemoryStorage } from "@shared/data/outbox/storage";
import { fetchJson } from "@shared/data/auth/fetch-json";
import { loadDataConfig } from "./app-config";
import { createTeamsData } from "./data/create-teams-data";
import { legacyDetailsStore } from "./data/legacy-details-store";
import { outboxWriter } from "./data/writer";
import { ServicesProvider } from "./services";
import type { TeamsServices } from "./services";
import { TeamsApp } from "./TeamsApp";

export interface Session {
  readonly host: HostContext & { readonly simulates?: HostKind };
  readonly userEmail?: string;
  readonly subPageId?: string;
}

/** localStorage can be refused (private mode, storage partitioning in a frame): the tab then works without it. */
function browserStorage(): Storage | MemoryStorage {
  try {
    window.localStorage.setItem("mairie.probe", "1");
    window.localStorage.removeItem("mairie.probe");
    return window.localStorage;
  } catch {
    return new MemoryStorage();
  }
}

/**
 * The tab behind its frame, in the chunk the page asks for once the frame is painted: the data layer (Graph client,
 * list schemas and zod), the services, and the views. Data: the embedded store on this origin in the preview and under
 * `npm start`; inside Teams, the tenant's site named by /config.json (see app-config.ts).
 */
export async function teamsTab(params: URLSearchParams, inTeams: boolean, session: Session): Promise<ReactNode> {
  const storage = browserStorage();
  const { userEmail } = session;
  const { data, invitations, documents, publications, pdf, viewAs, signedIn } = await createTeamsData(
    await loadDataConfig(window.location.origin, inTeams, fetchJson),
    userEmail,
  );
  const writer = outboxWriter(data, storage);
  window.addEventListener("online", () => writer.retryNow());
  const services: TeamsServices = {
    host: session.host,
    clock: systemClock,
    data,
    writer,
    drafts: storage,
    legacyDetails: legacyDetailsStore(storage),
    invitations,
    documents,
    publications,
    pdf,
    ...(userEmail ? { userEmail } : {}),
    ...(viewAs ? { viewAs } : {}),
    ...(signedIn ? { signedIn } : {}),
  };
  return (
    <ServicesProvider services={services}>
      <TeamsApp initialView={params.get("view")} initialSeanceId={params.get("seance") ?? session.subPageId} />
    </ServicesProvider>
  );
}
