import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { startLocalStore } from "../../shared/data/local-store";
import type { LocalStore } from "../../shared/data/local-store";
import { startTestAppServer } from "./app-server";
import { collectPageErrors, launchChromium } from "./chromium";

export const ARTIFACTS = path.resolve(__dirname, "../artifacts");

export interface StoreBrowser {
  readonly store: LocalStore;
  /** Base URL of the built pages, served in front of the store (same origin, as under `npm start`). */
  readonly url: string;
  readonly browser: Browser;
  readonly page: Page;
  /** Console and page errors of `page`, which a journey asserts to be empty. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** A demo store in a temporary folder, the pages in front of it and one Chromium page: a browser journey's setting. */
export async function startStoreBrowser(name: string): Promise<StoreBrowser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const store = await startLocalStore({ port: 0, dataDir, seed: true });
  const app = await startTestAppServer(store.url);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  return {
    store, url: app.url, browser, page, errors: collectPageErrors(page),
    async close() {
      await browser.close();
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
