import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { LocalStore } from "../../local-store";
import { startBrowserSuite } from "./browser-suite";

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
  const suite = await startBrowserSuite(undefined, name);
  const { page, errors } = await suite.newPage();
  return { store: suite.store, url: suite.url, browser: suite.browser, page, errors, close: () => suite.close() };
}
