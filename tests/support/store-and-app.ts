import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startLocalStore } from "../../shared/data/local-store";
import type { LocalStore } from "../../shared/data/local-store";
import { startTestAppServer } from "./app-server";

export interface StoreAndApp {
  readonly store: LocalStore;
  /** Base URL of the built pages, which forward `/v1.0` to the store. */
  readonly appUrl: string;
  stop(): Promise<void>;
}

/** The demo data in an embedded store of its own (a temporary folder), and the built pages in front of it. */
export async function startStoreAndApp(): Promise<StoreAndApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "mairie-e2e-"));
  const store = await startLocalStore({ port: 0, dataDir, seed: true });
  const app = await startTestAppServer(store.url);
  return {
    store,
    appUrl: app.url,
    async stop() {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
