import type { AddressInfo } from "node:net";
import { attachDrive } from "./drive-files";
import { FaultInjector } from "./faults";
import type { FaultRule } from "./faults";
import { Journal } from "./journal";
import { StoreState } from "./model";
import type { JournalRecord } from "./model";
import { ensureSchema, seedDemo } from "./seed";
import { createStoreServer } from "./server";
import { LOCAL_SITE_ID } from "./site";

export { FaultInjector } from "./faults";
export type { FaultKind, FaultRule, RandomFaults } from "./faults";
export { LOCAL_SITE, LOCAL_SITE_ID } from "./site";

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
}

export interface LocalStore {
  /** `http://127.0.0.1:port`; the Graph base URL is `${url}/v1.0`. */
  readonly url: string;
  readonly graphBaseUrl: string;
  readonly siteId: string;
  readonly faults: FaultInjector;
  readonly journalPath: string;
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
  attachDrive(context, options.dataDir);
  if (options.seed && state.lists.size === 0) seedDemo(context);
  else if (state.lists.size > 0) ensureSchema(context);
  sync();
  const faults = options.faults instanceof FaultInjector ? options.faults : new FaultInjector(options.faults ?? []);
  const server = createStoreServer({ context, faults, sync, requireToken: options.requireToken ?? true });
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
