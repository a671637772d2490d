import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { startLocalStore } from "../../local-store";
import type { LocalStore } from "../../local-store";
import { startTestAppServer } from "../support/app-server";
import { collectPageErrors, launchChromium } from "../support/chromium";
import { APP_PAGES } from "../support/pages";

const ARTIFACTS = path.resolve(__dirname, "../artifacts");

describe("les trois pages dans Chromium, hors Office et hors Teams", () => {
  let browser: Browser;
  let app: Awaited<ReturnType<typeof startTestAppServer>>;
  let store: LocalStore;
  const dataDir = mkdtempSync(path.join(tmpdir(), "mairie-pages-"));

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    store = await startLocalStore({ port: 0, dataDir, seed: true });
    app = await startTestAppServer(store);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(APP_PAGES)(
    "$file s'ouvre en aperçu, affiche sa vue principale, sans erreur de console",
    async ({ file, heading, simulated }) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors = collectPageErrors(page);
      await page.goto(`${app.url}/${file}`);
      await page.getByRole("heading", { name: heading }).waitFor();
      await page.getByText(/Aperçu hors (Office|Teams)/).waitFor();
      if (simulated) await page.getByTestId(simulated).waitFor();
      await page.screenshot({ path: path.join(ARTIFACTS, file.replace(".html", ".png")), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  // The chunk each page asks for once its frame is drawn (named in its index.tsx).
  const SECOND_CHUNKS = { "word.html": "word-pane", "excel.html": "excel-pane", "teams.html": "teams-tab" } as const;

  it.each(APP_PAGES)(
    "$file dont le code suivant le cadre ne peut être chargé dit pourquoi en français, puis repart avec « Réessayer »",
    async ({ file, heading, content }) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const chunk = new RegExp(`/${SECOND_CHUNKS[file]}\\.[^/]+\\.js$`);
      await page.route(chunk, (route) => route.abort("internetdisconnected"));
      await page.goto(`${app.url}/${file}`);
      await expect(page.getByRole("alert").textContent()).resolves.toBe(
        "La page n'a pas pu démarrer : une partie de son code n'a pas pu être chargée (réseau coupé ?).",
      );
      await page.unroute(chunk);
      await page.getByRole("button", { name: "Réessayer" }).click();
      await page.getByRole("heading", { name: heading }).waitFor();
      await page.locator(content).first().waitFor();
      await page.close();
    },
  );

  it("le serveur refuse de sortir du dossier des pages", async () => {
    const response = await fetch(`${app.url}/..%2f..%2fpackage.json`);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain("mairie-suite");
  });
});
