import { systemClock } from "../../../shared/ports/clock";
import { previewHostContext } from "../../../shared/preview/preview-host-context";
import { mount, mountFailure } from "../../../shared/ui/render/mount";
import { TeamsApp } from "./TeamsApp";
import { ServicesProvider } from "./services";
import type { TeamsServices } from "./services";

/**
 * Composition root of the Teams tab. The manifest's URLs carry `host=teams`: the page never waits for
 * teams-js to time out to learn that it runs in a plain browser.
 */
async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  // teams-js is loaded only inside Teams: on import it reaches for the Office CDN, which a preview must not need.
  const host =
    params.get("host") === "teams"
      ? await (await import("../teams/teams-host-context")).teamsHostContext()
      : previewHostContext("teams", themeParam(params));
  const services: TeamsServices = { host, clock: systemClock };
  mount(
    <ServicesProvider services={services}>
      <TeamsApp initialView={params.get("view")} />
    </ServicesProvider>,
  );
}

function themeParam(params: URLSearchParams) {
  const theme = params.get("theme");
  return theme === "dark" || theme === "contrast" ? theme : "light";
}

start().catch(mountFailure);
