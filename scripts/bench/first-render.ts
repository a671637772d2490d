import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startLocalStore } from "../../shared/data/local-store";
import { launchChromium } from "../../tests/support/chromium";
import { APP_PAGES } from "../../tests/support/pages";
import { createAppServer, listen } from "../server/app-server";
import type { Benchmark, Figure } from "./figure";

const APP = path.resolve(__dirname, "../..", process.env["MAIRIE_APP_DIR"] ?? "dist/app");
const LOADS = 5;
const GOAL_MS = 500;

/**
 * Runs in the page before its scripts: notes the time (since navigation start) at which the page's heading first
 * appears, that is when the app has replaced the "Chargement…" placeholder with its first view. A string, not a
 * function: tsx would wrap a function with helpers that do not exist in the page. Deferred scripts run before
 * DOMContentLoaded, so the document is observed from the start.
 */
const watchFirstRender = (heading: string) => `
  const observer = new MutationObserver(() => {
    if (![...document.querySelectorAll("h1, h2, h3")].some((h) => h.textContent.includes(${JSON.stringify(heading)}))) return;
    window.firstRenderMs = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Time to first render of each page in headless Chromium, on the local server and a seeded embedded store, cold cache. */
export const firstRender: Benchmark = {
  title: "Premier affichage dans Chromium (serveur local, cache vide)",
  async run() {
    const dataDir = mkdtempSync(path.join(tmpdir(), "mairie-bench-render-"));
    const store = await startLocalStore({ port: 0, dataDir, seed: true });
    const server = createAppServer({ root: APP, storeUrl: store.url, localAuth: store });
    const port = await listen(server, 0);
    const browser = await launchChromium();
    try {
      const figures: Figure[] = [];
      for (const { file, heading } of APP_PAGES) {
        const times: number[] = [];
        for (let i = 0; i < LOADS; i++) {
          const context = await browser.newContext();
          const page = await context.newPage();
          await page.addInitScript(watchFirstRender(heading));
          await page.goto(`http://127.0.0.1:${port}/${file}`);
          times.push(
            await page
              .waitForFunction(() => (window as unknown as { firstRenderMs?: number }).firstRenderMs)
              .then((h) => h.jsonValue() as Promise<number>),
          );
          await context.close();
        }
        const ms = Math.round(median(times));
        figures.push({
          name: `premier affichage de ${file} (médiane de ${LOADS})`,
          value: ms,
          unit: "ms",
          goal: `< ${GOAL_MS} ms`,
          met: ms < GOAL_MS,
        });
      }
      return figures;
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
