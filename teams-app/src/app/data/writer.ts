import { Outbox, startRetryLoop } from "@shared/data/outbox";
import type { OutboxEntry, StorageLike } from "@shared/data/outbox";
import type { BackoffOptions } from "@shared/data/graph/backoff";
import type { AnyList } from "@shared/data/schema";
import type { ListKey, ListOf, ListRepo, RecordIn, TeamsData, WriteOp } from "./ports";

export type WriteResult<R> =
  | { readonly status: "saved"; readonly record?: R }
  /** Kept in the outbox: the network or the server failed, it will be retried. */
  | { readonly status: "queued"; readonly key: string }
  /** Someone saved first: the user chooses between reloading and overwriting. */
  | { readonly status: "conflict"; readonly key: string }
  | { readonly status: "rejected"; readonly key: string; readonly message: string };

export interface PendingWrite {
  readonly key: string;
  readonly list: ListKey;
  readonly state: OutboxEntry["state"];
  readonly message?: string;
  /** The values the user wanted to write, shown again when they review a conflict. */
  readonly values?: Readonly<Record<string, unknown>>;
}

/** Every write of the tab goes through here: first into the outbox, then to the server, so nothing typed is lost. */
export interface Writer {
  write<K extends ListKey>(list: K, op: WriteOp<ListOf<K>>): Promise<WriteResult<RecordIn<K>>>;
  /** After a conflict: send the user's version again over the server's current one. */
  overwrite(key: string): Promise<WriteResult<unknown>>;
  discard(key: string): void;
  pending(): PendingWrite[];
  subscribe(listener: () => void): () => void;
  /** Sends every pending write now, without waiting for its backoff (the network is back, or the user asked). */
  retryNow(): void;
}

const toPending = (e: OutboxEntry): PendingWrite => ({
  key: e.key,
  list: e.list,
  state: e.state,
  ...(e.lastError ? { message: e.lastError } : {}),
  ...(e.op.kind === "update" ? { values: e.op.patch } : e.op.kind === "create" ? { values: e.op.draft } : {}),
});

function anyRepo(data: TeamsData, list: ListKey): ListRepo<AnyList> {
  // The outbox keeps writes of every list in one queue; each entry names its list, so the union is sound here.
  return data[list];
}

/** The outbox-backed writer; `storage` is localStorage in the page, a MemoryStorage in tests. */
export function outboxWriter(
  data: TeamsData,
  storage: StorageLike,
  now: () => number = Date.now,
  backoff?: Partial<BackoffOptions>,
): Writer & { stop(): void } {
  const outbox = new Outbox({
    storage,
    now,
    send: (list, ops) => anyRepo(data, list).writeMany(ops),
    ...(backoff ? { backoff } : {}),
  });
  const loop = startRetryLoop(
    outbox,
    {
      setTimeout: (cb, ms) => setTimeout(cb, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
    now,
  );
  const settle = async (submitted: ReturnType<Outbox["submit"]>): Promise<WriteResult<never>> => {
    const result = await submitted;
    loop.poke();
    if (result.status === "saved")
      return {
        status: "saved",
        ...(result.outcome.ok && result.outcome.record ? { record: result.outcome.record as never } : {}),
      };
    if (result.status === "rejected")
      return { status: "rejected", key: result.entry.key, message: result.entry.lastError ?? "" };
    return { status: result.status, key: result.entry.key };
  };
  return {
    write: (list, op) => settle(outbox.submit(list, op)),
    async overwrite(key) {
      const entry = outbox.entries().find((e) => e.key === key);
      if (!entry) return { status: "saved" };
      const repo = anyRepo(data, entry.list);
      const current =
        entry.op.kind === "create"
          ? (await repo.items({ clientId: entry.op.clientId })).records[0]
          : await repo.get(entry.op.id);
      // The item the create met is gone: sending the create again makes it anew.
      if (!current) outbox.retry(key);
      else outbox.rebase(key, current);
      await outbox.flush();
      const left = outbox.entries().find((e) => e.key === key);
      if (!left) return { status: "saved" };
      return left.state === "rejected"
        ? { status: "rejected", key, message: left.lastError ?? "" }
        : { status: left.state === "conflict" ? "conflict" : "queued", key };
    },
    discard: (key) => outbox.discard(key),
    pending: () => outbox.entries().map(toPending),
    subscribe(listener) {
      return outbox.subscribe(() => listener());
    },
    retryNow() {
      outbox.expedite();
      loop.poke();
    },
    stop: () => loop.stop(),
  };
}
