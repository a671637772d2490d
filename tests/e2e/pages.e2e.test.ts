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

  it("le serveur refuse de sortir du dossier des pages", async () => {
    const response = await fetch(`${app.url}/..%2f..%2fpackage.json`);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain("mairie-suite");
  });
});
