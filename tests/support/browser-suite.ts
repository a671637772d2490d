import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { startLocalStore } from "../../local-store";
import type { LocalStore } from "../../local-store";
import { startTestAppServer } from "./app-server";
import { collectPageErrors, launchChromium } from "./chromium";

export interface BrowserSuite {
  readonly store: LocalStore;
  readonly url: string;
  readonly browser: Browser;
  /** A new page of the usual size, and the console errors it collects. */
  newPage(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export interface PaneSuite {
  /** Base URL of the built pages. */
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** The built pages with no store behind them, where the Word and Excel panes work on their simulated document. */
export async function startPaneSuite(): Promise<PaneSuite> {
  const app = await startTestAppServer();
  const browser = await launchChromium();
  return {
    url: app.url,
    browser,
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/**
 * What a browser test file needs: the embedded store seeded in a folder of its own (then `prepare`d, e.g. poisoned),
 * the built pages served against it, and Chromium.
 */
export async function startBrowserSuite(
  prepare?: (store: LocalStore) => Promise<unknown>,
  name = "mairie-e2e",
): Promise<BrowserSuite> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const store = await startLocalStore({ port: 0, dataDir, seed: true });
  await prepare?.(store);
  const app = await startTestAppServer(store);
  const browser = await launchChromium();
  return {
    store,
    url: app.url,
    browser,
    async newPage() {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      return { page, errors: collectPageErrors(page) };
    },
    async close() {
      await browser.close();
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
