import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { startLocalStore } from "../../local-store";
import { launchChromium } from "@tests/support/chromium";
import { APP_PAGES } from "@tests/support/pages";
import { createAppServer, listen } from "../server/app-server";
import type { Benchmark, Figure } from "./figure";

const APP = path.resolve(__dirname, "../..", process.env["MAIRIE_APP_DIR"] ?? "dist/app");
const LOADS = 7;
const GOAL_RATIO = 1.5;
const START_LIMIT_KB = 200;
const FLOOR = { file: "bench-floor.html", heading: "Page témoin", content: undefined } as const;

/**
 * Writes the floor page beside the built pages: a bare React + Fluent page, bundled and minified like them, served by
 * the same server and loaded the same way, so that each page's figure is read against what the platform costs.
 */
async function writeFloorPage(): Promise<() => void> {
  const { build } = await import("esbuild");
  const script = path.join(APP, "bench-floor.js");
  await build({
    entryPoints: [path.join(__dirname, "floor-page.tsx")],
    outfile: script,
    bundle: true,
    minify: true,
    jsx: "automatic",
    target: "es2020",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  const html = path.join(APP, FLOOR.file);
  writeFileSync(
    html,
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Témoin</title>' +
      '<script defer src="bench-floor.js"></script></head><body><div id="root"></div></body></html>',
  );
  return () => {
    rmSync(script, { force: true });
    rmSync(html, { force: true });
  };
}

/**
 * Runs in the page before its scripts: notes the times (since navigation start) at which the page's heading first
 * appears (its frame has replaced the "Chargement…" placeholder) and at which its first view can be used (its content
 * element is there and no spinner is left). A string, not a function: tsx would wrap a function with helpers that do
 * not exist in the page. Deferred scripts run before DOMContentLoaded, so the document is observed from the start.
 */
const watchFirstRender = (heading: string, content: string | undefined) => `
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (window.firstRenderMs === undefined &&
        [...document.querySelectorAll("h1, h2, h3")].some((h) => h.textContent.includes(${JSON.stringify(heading)})))
      window.firstRenderMs = now;
    if (window.firstRenderMs !== undefined && window.firstContentMs === undefined &&
        (${JSON.stringify(content ?? null)} === null ||
          (document.querySelector(${JSON.stringify(content ?? "body")}) && !document.querySelector(".fui-Spinner"))))
      window.firstContentMs = now;
    if (window.firstContentMs !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
`;

interface PageTimes {
  readonly firstRenderMs: number;
  readonly firstContentMs: number;
  /** The scripts the page asked for before its frame was drawn. */
  readonly scriptsBefore: string[];
}

/** Waits for the page's first usable view, then reads its times and the scripts it requested before its frame. */
function pageTimes(page: Page): Promise<PageTimes> {
  return page
    .waitForFunction(() => {
      const w = window as unknown as { firstRenderMs?: number; firstContentMs?: number };
      if (w.firstContentMs === undefined || w.firstRenderMs === undefined) return undefined;
      const before = w.firstRenderMs;
      const scriptsBefore = performance
        .getEntriesByType("resource")
        .filter((e) => e.name.endsWith(".js") && e.startTime <= before)
        .map((e) => e.name);
      return { firstRenderMs: w.firstRenderMs, firstContentMs: w.firstContentMs, scriptsBefore };
    })
    .then((h) => h.jsonValue() as Promise<PageTimes>);
}

interface Load {
  readonly firstRenderMs: number;
  readonly firstContentMs: number;
  /** Every script the page asked for before its frame was drawn, gzipped, in KB. */
  readonly startKb: number;
}

/** One cold load of a page in a fresh browser context. */
async function loadOnce(
  browser: Browser,
  url: string,
  { heading, content }: { heading: string; content: string | undefined },
): Promise<Load> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const scripts = new Map<string, Promise<number>>();
    page.on("response", (response) => {
      if (response.url().endsWith(".js"))
        scripts.set(
          response.url(),
          response.body().then(
            (body) => gzipSync(body).length,
            () => 0,
          ),
        );
    });
    await page.addInitScript(watchFirstRender(heading, content));
    await page.goto(url);
    const measured = await pageTimes(page);
    const before = measured.scriptsBefore.map((script) => scripts.get(script) ?? Promise.resolve(0));
    const bytes = (await Promise.all(before)).reduce((sum, b) => sum + b, 0);
    return { ...measured, startKb: Math.round(bytes / 102.4) / 10 };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Time to first render of each page in headless Chromium, on the local server and a seeded embedded store, cold
 * cache, beside the floor page loaded the same way in the same run.
 */
export const firstRender: Benchmark = {
  title: "Premier affichage dans Chromium (serveur local, cache vide)",
  async run() {
    const dataDir = mkdtempSync(path.join(tmpdir(), "mairie-bench-render-"));
    const store = await startLocalStore({ port: 0, dataDir, seed: true });
    const server = createAppServer({ root: APP, storeUrl: store.url, localAuth: store });
    const port = await listen(server, 0);
    const browser = await launchChromium();
    const removeFloor = await writeFloorPage();
    try {
      const pages = [FLOOR, ...APP_PAGES];
      const loads = new Map<string, Load[]>(pages.map((p) => [p.file, []]));
      // Round by round, every page once a round: the floor and the pages share whatever load the machine is under.
      for (let i = 0; i < LOADS; i++)
        for (const { file, heading, content } of pages)
          loads.get(file)?.push(await loadOnce(browser, `http://127.0.0.1:${port}/${file}`, { heading, content }));
      const floorMs = Math.round(median((loads.get(FLOOR.file) ?? []).map((l) => l.firstRenderMs)));
      const figures: Figure[] = [
        {
          name: `premier affichage de la page témoin React + Fluent (médiane de ${LOADS})`,
          value: floorMs,
          unit: "ms",
        },
      ];
      for (const { file } of APP_PAGES) {
        const pageLoads = loads.get(file) ?? [];
        // What is requested after the frame does not count, however soon it arrives; a chunk asked for before does.
        const startKb = Math.max(...pageLoads.map((l) => l.startKb));
        figures.push({
          name: `JavaScript chargé par ${file} avant son premier affichage (gzip)`,
          value: startKb,
          unit: "Ko",
          goal: `< ${START_LIMIT_KB} Ko`,
          met: startKb < START_LIMIT_KB,
        });
        const ms = Math.round(median(pageLoads.map((l) => l.firstRenderMs)));
        const ratio = Math.round((ms / Math.max(floorMs, 1)) * 100) / 100;
        figures.push({
          name: `premier affichage de ${file} (cadre et titre, médiane de ${LOADS}) : ${ms} ms, rapport à la page témoin`,
          value: ratio,
          unit: "×",
          goal: `≤ ${GOAL_RATIO}×`,
          met: ratio <= GOAL_RATIO,
        });
        const contentMs = Math.round(median(pageLoads.map((l) => l.firstContentMs)));
        figures.push({
          name: `première vue utilisable de ${file} (son contenu, sans indicateur de chargement, médiane de ${LOADS}) : ${contentMs} ms, rapport à la page témoin`,
          value: Math.round((contentMs / Math.max(floorMs, 1)) * 100) / 100,
          unit: "×",
        });
      }
      return figures;
    } finally {
      removeFloor();
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
