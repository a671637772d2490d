import type { ReactNode } from "react";
import { MemoryStorage } from "@shared/data/outbox/storage";
import { systemClock } from "@shared/ports/clock";
import { previewHostContext } from "@shared/preview/preview-host-context";
import type { HostContext, HostKind } from "@shared/ports/host-context";
import { mount, mountFailure, mountInStages } from "@shared/ui/render/mount";
import { ConfigPage } from "./ConfigPage";
import { TeamsFrame } from "./TeamsFrame";
import { ServicesProvider } from "./services";
import type { TeamsServices } from "./services";

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

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`${url} : ${response.status}`);
  return response.json();
}

/**
 * Composition root of the Teams tab. The manifest's URLs carry `host=teams`: the page never waits for teams-js to
 * time out to learn that it runs in a plain browser. Data: the embedded store on this origin in the preview and
 * under `npm start`; inside Teams, the tenant's site named by /config.json (see config/app-config.ts).
 */
async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const inTeams = params.get("host") === "teams";
  // teams-js is loaded only inside Teams: on import it reaches for the Office CDN, which a preview must not need.
  const teams = inTeams ? await import("../host/teams-host-context") : undefined;
  if (teams && params.get("view") === "config") {
    mount(<ConfigPage />);
    await teams.configureNetworkTab(window.location.origin);
    return;
  }
  const session = teams ? await teams.teamsSession() : { host: previewHostContext("teams", themeParam(params)) };
  const page = mountInStages(<TeamsFrame host={session.host} />);
  await showTab(page.render, params, inTeams, session).catch(page.fail);
}

interface Session {
  readonly host: HostContext & { readonly simulates?: HostKind };
  readonly userEmail?: string;
  readonly subPageId?: string;
}

/** Fills the frame once the data layer (Graph client, list schemas and zod) and the views' code have arrived. */
async function showTab(
  render: (app: ReactNode) => void,
  params: URLSearchParams,
  inTeams: boolean,
  session: Session,
): Promise<void> {
  const storage = browserStorage();
  const { userEmail } = session;
  const [{ loadDataConfig }, { createTeamsData }, { legacyDetailsStore }, { outboxWriter }, { TeamsContent }] =
    await Promise.all([
      import("./app-config"),
      import("./data/create-teams-data"),
      import("./data/legacy-details-store"),
      import("./data/writer"),
      import("./TeamsApp"),
    ]);
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
  render(
    <TeamsFrame host={session.host}>
      <ServicesProvider services={services}>
        <TeamsContent initialView={params.get("view")} initialSeanceId={params.get("seance") ?? session.subPageId} />
      </ServicesProvider>
    </TeamsFrame>,
  );
}

function themeParam(params: URLSearchParams) {
  const theme = params.get("theme");
  return theme === "dark" || theme === "contrast" ? theme : "light";
}

start().catch(mountFailure);
