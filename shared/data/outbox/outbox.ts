import { backoffDelay } from "../graph/backoff";
import type { BackoffOptions } from "../graph/backoff";
import { ConcurrentEditError } from "../graph/errors";
import type { DataError } from "../graph/errors";
import { throttledDelay } from "../graph/throttle";
import type { WriteOutcome } from "../graph/repository";
import type { WriteOp } from "../graph/write-ops";
import type { AnyList, ListKey } from "../schema";
import type { StorageLike } from "./storage";

/** `pending` waits for its next try; `conflict` and `rejected` wait for the user, who rebases or discards them. */
export type EntryState = "pending" | "conflict" | "rejected";

export interface OutboxEntry {
  /** The create's client id, or a fresh id for other writes. */
  readonly key: string;
  readonly list: ListKey;
  readonly op: WriteOp<AnyList>;
  readonly state: EntryState;
  readonly attempts: number;
  readonly nextAttemptAt: number;
  /** The last failure, in French, for the page to show. */
  readonly lastError?: string;
}

/** Sends the writes of one list (a repository's writeMany). */
export type OutboxSender = (list: ListKey, ops: readonly WriteOp<AnyList>[]) => Promise<WriteOutcome<AnyList>[]>;

export interface OutboxOptions {
  readonly storage: StorageLike;
  readonly send: OutboxSender;
  readonly now: () => number;
  readonly storageKey?: string;
  readonly backoff?: Partial<BackoffOptions>;
}

export type SubmitResult =
  | { readonly status: "saved"; readonly outcome: WriteOutcome<AnyList> }
  | { readonly status: "queued" | "conflict" | "rejected"; readonly entry: OutboxEntry };

/**
 * JSON leaves out a key whose value is undefined: a field the user cleared would come back from the queue as a field
 * left alone. Graph's PATCH clears a column with null, so that is what the queue keeps.
 */
function withClearsKept(entry: OutboxEntry): OutboxEntry {
  if (entry.op.kind !== "update") return entry;
  const patch = Object.fromEntries(
    Object.entries(entry.op.patch).map(([k, v]: [string, unknown]) => [k, v === undefined ? null : v]),
  );
  return { ...entry, op: { ...entry.op, patch } };
}

const DEFAULT_BACKOFF: BackoffOptions = { baseDelayMs: 2_000, maxDelayMs: 5 * 60_000, random: Math.random };

/**
 * Writes are stored here before they are sent and removed once the server has them, so nothing typed is lost to a
 * reload or a network cut. Replay is safe: creates carry their client id, updates their eTag.
 */
export class Outbox {
  private readonly key: string;
  private readonly backoff: BackoffOptions;
  private readonly listeners = new Set<(entries: readonly OutboxEntry[]) => void>();
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly options: OutboxOptions) {
    this.key = options.storageKey ?? "mairie.outbox";
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  }

  /** What is waiting, oldest first, for the page to show. */
  entries(): OutboxEntry[] {
    const text = this.options.storage.getItem(this.key);
    if (!text) return [];
    try {
      const parsed = JSON.parse(text) as unknown;
      return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
    } catch {
      return [];
    }
  }

  subscribe(listener: (entries: readonly OutboxEntry[]) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Keeps the write, then tries to send it (with anything else due). */
  async submit(list: ListKey, op: WriteOp<AnyList>): Promise<SubmitResult> {
    const key = op.kind === "create" ? op.clientId : crypto.randomUUID();
    // A create submitted again (same client id) supersedes the waiting one: one write, listed once.
    this.save([
      ...this.entries().filter((e) => e.key !== key),
      { key, list, op, state: "pending", attempts: 0, nextAttemptAt: this.options.now() },
    ]);
    const outcomes = await this.flush();
    const outcome = outcomes.get(key);
    const entry = this.entries().find((e) => e.key === key);
    if (outcome?.ok || !entry) return { status: "saved", outcome: outcome ?? { ok: true, op } };
    return { status: entry.state === "pending" ? "queued" : entry.state, entry };
  }

  /** Sends every due pending entry, grouped by list into batches; one flush at a time. */
  flush(): Promise<Map<string, WriteOutcome<AnyList>>> {
    const run = this.flushing.then(() => this.sendDue());
    this.flushing = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** When the next pending entry is due, for the caller's timer. */
  nextAttemptAt(): number | undefined {
    const due = this.entries()
      .filter((e) => e.state === "pending")
      .map((e) => e.nextAttemptAt);
    return due.length > 0 ? Math.min(...due) : undefined;
  }

  /** The user drops a write they no longer want (typically after a conflict). */
  discard(key: string): void {
    this.save(this.entries().filter((e) => e.key !== key));
  }

  /**
   * The user keeps their version over the server's: retry with the server's current eTag. A create that met an item
   * someone else created under the same client id becomes an update of that item with the user's values.
   */
  rebase(key: string, current: { readonly id: string; readonly eTag: string }): void {
    const rebased = (op: OutboxEntry["op"]): OutboxEntry["op"] =>
      op.kind === "create"
        ? { kind: "update", id: current.id, eTag: current.eTag, patch: op.draft }
        : { ...op, eTag: current.eTag };
    this.save(
      this.entries().map((e) =>
        e.key === key ? { ...e, op: rebased(e.op), state: "pending" as const, nextAttemptAt: this.options.now() } : e,
      ),
    );
  }

  /** Sends an entry again as it is, now (a conflict whose other side has disappeared). */
  retry(key: string): void {
    this.save(
      this.entries().map((e) =>
        e.key === key ? { ...e, state: "pending" as const, nextAttemptAt: this.options.now() } : e,
      ),
    );
  }

  /** The network is back or the user asked: every pending entry is due now, whatever its backoff said. */
  expedite(): void {
    const now = this.options.now();
    this.save(
      this.entries().map((e) => (e.state === "pending" && e.nextAttemptAt > now ? { ...e, nextAttemptAt: now } : e)),
    );
  }

  private async sendDue(): Promise<Map<string, WriteOutcome<AnyList>>> {
    const now = this.options.now();
    const due = this.entries().filter((e) => e.state === "pending" && e.nextAttemptAt <= now);
    const results = new Map<string, WriteOutcome<AnyList>>();
    for (const list of new Set(due.map((e) => e.list))) {
      const batch = due.filter((e) => e.list === list);
      const outcomes = await this.options
        .send(
          list,
          batch.map((e) => e.op),
        )
        .catch(() => []);
      batch.forEach((entry, index) => {
        const outcome = outcomes[index];
        if (outcome) results.set(entry.key, outcome);
      });
    }
    this.save(
      this.entries().flatMap((entry) =>
        this.afterTry(
          entry,
          results.get(entry.key),
          due.some((d) => d.key === entry.key),
        ),
      ),
    );
    return results;
  }

  private afterTry(entry: OutboxEntry, outcome: WriteOutcome<AnyList> | undefined, tried: boolean): OutboxEntry[] {
    if (!tried && !outcome) return [entry];
    if (outcome?.ok) return [];
    const error = outcome?.error;
    // 401: the session expired, or nobody is signed in yet; the write waits for the next sign-in, it is not refused.
    const waits = !error || error.transient || error.status === 401;
    const state: EntryState = error instanceof ConcurrentEditError ? "conflict" : waits ? "pending" : "rejected";
    const attempts = entry.attempts + 1;
    const nextAttemptAt = this.options.now() + this.waitAfter(attempts - 1, error);
    return [
      {
        ...entry,
        state,
        attempts,
        nextAttemptAt,
        lastError: error?.message ?? "Le serveur ne répond pas. L'enregistrement sera réessayé.",
      },
    ];
  }

  /**
   * The server's Retry-After when it gave one, never less than our own backoff; a 429 without a readable Retry-After
   * waits at least the penalty window, so the outbox never knocks again while the site is still counting.
   */
  private waitAfter(attempt: number, error: DataError | undefined): number {
    const own = backoffDelay(attempt, this.backoff);
    if (error?.status === 429) return error.retryAfterMs ?? throttledDelay(attempt, this.backoff.random);
    return Math.max(own, error?.retryAfterMs ?? 0);
  }

  private save(entries: readonly OutboxEntry[]): void {
    if (entries.length === 0) this.options.storage.removeItem(this.key);
    else this.options.storage.setItem(this.key, JSON.stringify(entries.map(withClearsKept)));
    this.listeners.forEach((listener) => listener(entries));
  }
}
