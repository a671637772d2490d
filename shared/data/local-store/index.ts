import type { AddressInfo } from "node:net";
import { FaultInjector } from "./faults";
import type { FaultRule } from "./faults";
import { Journal } from "./journal";
import { loadOrCreateSecret, localTokens } from "./local-tokens";
import type { LocalTokens } from "./local-tokens";
import { StoreState } from "./model";
import type { JournalRecord } from "./model";
import { ensureSchema, seedDemo } from "./seed";
import { createStoreServer } from "./server";
import { LOOPBACK_NAMES } from "./request-target";
import { LOCAL_SITE_ID } from "./site";

export { FaultInjector } from "./faults";
export type { FaultKind, FaultRule, RandomFaults } from "./faults";
export { LOCAL_SITE, LOCAL_SITE_ID } from "./site";
export type { LocalTokens } from "./local-tokens";

export interface LocalStoreOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly dataDir: string;
  /** Seeds the demo communes when the store is empty. */
  readonly seed?: boolean;
  readonly faults?: readonly FaultRule[] | FaultInjector;
  /** Loopback only by default: the store has no real authentication. */
  readonly host?: string;
  /** Refuse requests without a bearer token, as Graph does (default true). */
  readonly requireToken?: boolean;
  /** Host names served besides loopback's (a LAN name when `host` is not loopback). */
  readonly allowedHosts?: readonly string[];
}

export interface LocalStore {
  /** `http://127.0.0.1:port`; the Graph base URL is `${url}/v1.0`. */
  readonly url: string;
  readonly graphBaseUrl: string;
  readonly siteId: string;
  readonly faults: FaultInjector;
  readonly journalPath: string;
  /** Signs tokens with the secret of `dataDir`: `admin()` for the owner's processes, `forMember(e-mail)` for pages. */
  readonly tokens: LocalTokens;
  close(): Promise<void>;
}

/** Starts the embedded store: journal replayed and compacted, demo data seeded on first start, then listening. */
export async function startLocalStore(options: LocalStoreOptions): Promise<LocalStore> {
  const state = new StoreState();
  const journal = Journal.open<JournalRecord>(
    options.dataDir,
    (record) => state.apply(record),
    () => state.snapshot(),
  );
  let dirty = false;
  const context = {
    state,
    commit(records: readonly JournalRecord[]) {
      journal.write(records);
      records.forEach((record) => state.apply(record));
      dirty = true;
    },
  };
  const sync = () => {
    if (dirty) journal.sync();
    dirty = false;
  };
  if (options.seed && state.lists.size === 0) seedDemo(context);
  else if (state.lists.size > 0) ensureSchema(context);
  sync();
  const faults = options.faults instanceof FaultInjector ? options.faults : new FaultInjector(options.faults ?? []);
  const tokens = localTokens(loadOrCreateSecret(options.dataDir));
  const server = createStoreServer({
    context,
    faults,
    sync,
    tokens,
    requireToken: options.requireToken ?? true,
    allowedHosts: [...LOOPBACK_NAMES, ...(options.allowedHosts ?? [])],
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    url,
    graphBaseUrl: `${url}/v1.0`,
    siteId: LOCAL_SITE_ID,
    faults,
    journalPath: journal.path,
    tokens,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          journal.close();
          resolve();
        });
      }),
  };
}
