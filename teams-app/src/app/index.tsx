import { previewHostContext } from "@shared/preview/preview-host-context";
import { mount, mountFailure, startInStages } from "@shared/ui/render/mount";
import { ConfigPage } from "./ConfigPage";
import { TeamsFrame } from "./TeamsFrame";

function themeParam(params: URLSearchParams) {
  const theme = params.get("theme");
  return theme === "dark" || theme === "contrast" ? theme : "light";
}

/**
 * Composition root of the Teams tab. The manifest's URLs carry `host=teams`: the page never waits for teams-js to
 * time out to learn that it runs in a plain browser. The first script draws the frame; the data layer and the views
 * come after it (tab.tsx).
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
  await startInStages(<TeamsFrame host={session.host} />, async () =>
    (await import(/* webpackChunkName: "teams-tab" */ "./tab")).teamsTab(params, inTeams, session),
  );
}

start().catch(mountFailure);
