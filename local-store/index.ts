import type { AddressInfo } from "node:net";
import { diskFailure } from "./disk-failure";
import { attachDrive } from "./drive-files";
import { FaultInjector } from "./faults";
import type { FaultRule } from "./faults";
import type { FsPort } from "./fs-port";
import { StoreFailure } from "./http";
import { Journal, JournalWriteError } from "./journal";
import type { JournalReport } from "./journal";
import { isJournalRecord, StoreState } from "./model";
import { loadOrCreateSecret, localTokens } from "./local-tokens";
import type { LocalTokens } from "./local-tokens";
import type { JournalRecord } from "./model";
import type { StoreContext } from "./context";
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
  /** The file operations of the journal: node:fs, or a simulated disk in fault tests. */
  readonly fs?: FsPort;
  /** Journal size past which it is compacted while running (default 32 MB, and twice its compacted size). */
  readonly minCompactBytes?: number;
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
  /** Lines of the journal found damaged at start and set aside in a quarantine file. */
  readonly journalReport: JournalReport;
  /** Signs tokens with the secret of `dataDir`: `admin()` for the owner's processes, `forMember(e-mail)` for pages. */
  readonly tokens: LocalTokens;
  close(): Promise<void>;
}

/** Starts the embedded store: journal replayed (and compacted if worth it), demo data seeded on first start, then listening. */
export async function startLocalStore(options: LocalStoreOptions): Promise<LocalStore> {
  const state = new StoreState();
  const journal = Journal.open<JournalRecord>(
    options.dataDir,
    (record) => {
      if (!isJournalRecord(record)) throw new TypeError("not a journal record");
      state.apply(record);
    },
    () => state.snapshot(),
    {
      ...(options.fs ? { fs: options.fs } : {}),
      ...(options.minCompactBytes ? { minCompactBytes: options.minCompactBytes } : {}),
    },
  );
  reportDamage(journal.report);
  const context = {
    state,
    commit(records: readonly JournalRecord[]) {
      // Durable first, visible second: a write the disk refused changes nothing, in the file or in memory.
      try {
        journal.append(records);
      } catch (error) {
        if (error instanceof JournalWriteError) throw new StoreFailure(diskFailure(error.code));
        throw error;
      }
      records.forEach((record) => state.apply(record));
      if (journal.needsCompaction) compactQuietly(journal, state);
    },
  };
  attachDrive(context, options.dataDir);
  if (options.seed && state.lists.size === 0) journal.unsynced(() => seedDemo(context));
  else if (state.lists.size > 0) ensureSchemaIfWritable(context);
  const faults = options.faults instanceof FaultInjector ? options.faults : new FaultInjector(options.faults ?? []);
  const tokens = localTokens(loadOrCreateSecret(options.dataDir));
  const server = createStoreServer({
    context,
    faults,
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
    journalReport: journal.report,
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

function reportDamage(report: JournalReport): void {
  if (report.damaged.length === 0) return;
  const lines = report.damaged.map((damage) => `ligne ${damage.line} : ${damage.reason}`).join(" ; ");
  console.warn(
    `Stockage local : ${report.damaged.length} ligne(s) du journal mise(s) de côté dans ${report.quarantineFile ?? "la quarantaine"} (${lines}). Le reste des données est chargé.`,
  );
}

function compactQuietly(journal: Journal<JournalRecord>, state: StoreState): void {
  try {
    journal.compact(state.snapshot());
  } catch (error) {
    // The journal as it was stays complete and readable: compaction waits for a disk with room.
    if (!(error instanceof JournalWriteError)) throw error;
    console.warn(`Stockage local : compactage du journal remis à plus tard (${error.code}).`);
  }
}

/** A store whose disk is full still starts, read-only: the missing columns are added at a later start. */
function ensureSchemaIfWritable(context: StoreContext): void {
  try {
    ensureSchema(context);
  } catch (error) {
    console.warn(
      `Stockage local : colonnes manquantes non ajoutées (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}
