import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { startLocalStore } from "../../local-store";
import type { LocalStore } from "../../local-store";
import { startTestAppServer } from "../support/app-server";
import { launchChromium } from "../support/chromium";

/** Demo membres by id: Sophie Garnier, élue of Saint-Aubin (1); Hélène Brochard, maire of Les Essarts (2). */
const SOPHIE = { id: "4", email: "s.garnier@saint-aubin-sur-loire.example" };
const HELENE = { id: "8", email: "maire@les-essarts-le-bas.example" };

describe("« Voir comme » : la page agit, auprès du stockage, au nom de la personne choisie", () => {
  let browser: Browser;
  let store: LocalStore;
  let app: Awaited<ReturnType<typeof startTestAppServer>>;
  let page: Page;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "view-as-e2e-"));
  /** The Authorization header of every data request the page made, in order. */
  const sent: string[] = [];

  beforeAll(async () => {
    store = await startLocalStore({ port: 0, dataDir, seed: true });
    app = await startTestAppServer(store);
    browser = await launchChromium();
    page = await browser.newPage();
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/v1.0/")) sent.push(request.headers()["authorization"] ?? "");
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** One Graph call from inside the page, with the identity the page itself used. */
  const fromPage = (method: string, url: string, authorization: string, body?: unknown) =>
    page.evaluate(
      async ({ method, url, authorization, body }) => {
        const response = await fetch(url, {
          method,
          headers: { Authorization: authorization, "Content-Type": "application/json" },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        return {
          status: response.status,
          body: (await response.json()) as { value?: { id: string }[]; error?: { message?: string } },
        };
      },
      { method, url, authorization, body },
    );
  const seances = `/v1.0/sites/root/lists/S%C3%A9ances/items`;
  /** Who an Authorization header stands for, as the store reads it: its own signature decides. */
  const whoIs = (authorization: string): string => {
    const subject = store.tokens.verify(authorization.replace(/^Bearer /, ""));
    return subject === undefined ? "refusé" : subject.kind === "admin" ? "admin" : subject.email;
  };

  it("après le choix d'un élu, chaque requête de la page porte son identité, et le stockage lui refuse la séance", async () => {
    await page.goto(`${app.url}/teams.html`);
    await page.getByRole("region", { name: "Prochaines séances" }).waitFor();
    const before = sent.length;
    await page.getByLabel("Voir comme").selectOption(SOPHIE.id);
    await page.getByRole("button", { name: /^Enregistrer mes avis/ }).waitFor();
    const afterSwitch = sent.slice(before);
    // Everything the page shows is read as Sophie, with a token the store signed; the page never held the owner's.
    expect(afterSwitch.map(whoIs).filter((who) => who !== SOPHIE.email)).toEqual([]);
    expect(afterSwitch.length).toBeGreaterThan(2);
    expect(sent.map(whoIs)).not.toContain("admin");
    const asSophie = afterSwitch.at(-1) ?? "";

    const refused = await fromPage("PATCH", `${seances}/1/fields`, asSophie, { Statut: "convoquee" });
    expect(refused).toEqual({
      status: 403,
      body: {
        error: expect.objectContaining({
          code: "accessDenied",
          message: "« Séances » : seul le secrétariat de la commune concernée peut y écrire.",
        }),
      },
    });
  });

  it("l'élue d'une autre commune ne reçoit que les séances de la sienne", async () => {
    const asHelene = page.waitForRequest((request) => whoIs(request.headers()["authorization"] ?? "") === HELENE.email);
    await page.getByLabel("Voir comme").selectOption(HELENE.id);
    const token = (await asHelene).headers()["authorization"] ?? "";
    const read = await fromPage("GET", seances, token);
    expect(read.body.value?.map((s) => s.id)).toEqual(["3"]);
  });
});
