import { startBrowserSuite } from "../support/browser-suite";
import type { BrowserSuite } from "../support/browser-suite";

/**
 * The channel tab's configuration page, inside a parent frame that plays Teams' side of teams-js's protocol, as the
 * SDK (node_modules/@microsoft/teams-js, dist/esm/.../internal/communication.js) speaks it:
 * - the child posts requests `{ id, uuidAsString, func, args, ... }` to its parent;
 * - the host answers a request with `{ id, uuidAsString, args }` (initialize: frame context, client type, runtime
 *   configuration, supported SDK version; settings.setSettings: success and reason);
 * - the host starts an action with `{ func, args }` (settings.save, once the user clicks Save).
 * The SDK trusts a parent on its own origin: the harness is served from the app server's origin.
 */
const HOST_PAGE = String.raw`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Hôte Teams simulé</title></head>
<body>
<iframe id="tab" title="Onglet" style="width: 800px; height: 600px"></iframe>
<script>
  const runtime = { apiVersion: 4, supports: { pages: { config: {}, appButton: {}, tabs: {} }, teams: {} } };
  window.hostLog = [];
  const frame = document.getElementById("tab");
  const toTab = (message) => frame.contentWindow.postMessage(message, location.origin);
  const reply = (request, args) => toTab({ id: request.id, uuidAsString: request.uuidAsString, args });
  window.addEventListener("message", (event) => {
    if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
    const request = event.data;
    if (!request || typeof request.func !== "string") return;
    window.hostLog.push({ func: request.func, args: request.args });
    if (request.func === "initialize") reply(request, ["settings", "web", JSON.stringify(runtime), "2.58.0"]);
    else if (request.func === "settings.setSettings") reply(request, [true]);
  });
  // The user clicks Teams' Save button.
  window.hostSave = () => toTab({ func: "settings.save", args: [{}] });
  frame.src = "/teams.html?view=config&host=teams";
</script>
</body></html>`;

type Logged = { func: string; args: unknown[] };

describe("onglet de canal : la page de configuration parle à Teams par le protocole de teams-js", () => {
  let suite: BrowserSuite;
  beforeAll(async () => {
    suite = await startBrowserSuite(undefined, "mairie-teams-config");
  });
  afterAll(() => suite?.close());

  it("initialise le SDK, se déclare valide, puis à l'enregistrement pose l'adresse de la vue Réseau et le confirme", async () => {
    const { page, errors } = await suite.newPage();
    // The harness is served on the app's origin; teams-js's list of host domains is answered offline.
    await page.route(`${suite.url}/teams-host.html`, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: HOST_PAGE }),
    );
    await page.route("https://res.cdn.office.net/**", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: '{"validOrigins":["teams.microsoft.com"]}' }),
    );
    await page.goto(`${suite.url}/teams-host.html`);
    const log = () => page.evaluate(() => (window as unknown as { hostLog: Logged[] }).hostLog);
    const sent = (func: string) =>
      page.waitForFunction(
        (name) => (window as unknown as { hostLog: Logged[] }).hostLog.some((m) => m.func === name),
        func,
      );

    await page.frameLocator("#tab").getByRole("heading", { name: "Réseau des secrétaires de mairie" }).waitFor();
    await sent("settings.setValidityState");
    const before = await log();
    const funcs = before.map((m) => m.func);
    // initialize first: pages.config refuses every call before it.
    expect(funcs[0]).toBe("initialize");
    expect(before.find((m) => m.func === "settings.setValidityState")?.args).toEqual([true]);
    expect(before.find((m) => m.func === "registerHandler")?.args).toEqual(["save"]);
    expect(funcs.indexOf("registerHandler")).toBeLessThan(funcs.indexOf("settings.setValidityState"));
    expect(funcs).not.toContain("settings.setSettings");

    await page.evaluate(() => (window as unknown as { hostSave: () => void }).hostSave());
    await sent("settings.save.success");
    const after = await log();
    expect(after.find((m) => m.func === "settings.setSettings")?.args).toEqual([
      {
        entityId: "reseau",
        contentUrl: `${suite.url}/teams.html?view=network&host=teams`,
        websiteUrl: `${suite.url}/teams.html?view=network`,
        suggestedDisplayName: "Réseau des secrétaires",
      },
    ]);
    expect(after.map((m) => m.func)).not.toContain("settings.save.failure");
    expect(errors).toEqual([]);
    await page.close();
  });
});
