import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LocalTokenProvider } from "@shared/data/auth/local-token-provider";
import { createGraphClient, createRepositories, createRequestCounter } from "@shared/data/graph";
import type { GraphConnection, Repositories, RepositoryOptions } from "@shared/data/graph";
import { startLocalStore } from "../../local-store";
import type { FaultRule, LocalStore } from "../../local-store";

export interface Harness {
  readonly store: LocalStore;
  readonly connection: GraphConnection;
  readonly repos: Repositories;
  readonly counter: ReturnType<typeof createRequestCounter>;
  readonly dataDir: string;
  /** Every delay the client asked to sleep, in ms (sleeps are instant in tests). */
  readonly sleeps: number[];
  stop(): Promise<void>;
}

export const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "mairie-store-"));

/** The embedded store on a random loopback port and a client on it, with instant, recorded sleeps. */
export async function startHarness(
  options: { seed?: boolean; faults?: FaultRule[]; repository?: RepositoryOptions; dataDir?: string } = {},
): Promise<Harness> {
  const dataDir = options.dataDir ?? tempDir();
  const store = await startLocalStore({ port: 0, dataDir, seed: options.seed ?? true, faults: options.faults ?? [] });
  const counter = createRequestCounter();
  const sleeps: number[] = [];
  const sleep = (ms: number) => {
    sleeps.push(ms);
    return Promise.resolve();
  };
  const retry = { sleep, random: () => 0.5 };
  const connection = createGraphClient({
    baseUrl: store.graphBaseUrl,
    tokenProvider: new LocalTokenProvider(store.tokens.admin()),
    onRequest: counter.hook,
    retry,
  });
  const repos = createRepositories(connection, store.siteId, { retry, ...options.repository });
  return { store, connection, repos, counter, dataDir, sleeps, stop: () => store.close() };
}
