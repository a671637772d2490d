import { ConcurrentEditError, DataError, NotFoundError, networkError } from "@shared/data/graph/errors";
import { LISTS } from "@shared/data/schema";
import type { AnyList, ListDefinition, RecordOf } from "@shared/data/schema";
import type { DraftIn, ListKey, ListRepo, TeamsData, Where, WriteOp, WriteOutcome } from "../app/data/ports";

type Row = { id: string; eTag: string } & Record<string, unknown>;

/** An in-memory list with Graph's behaviour where the tab depends on it: eTags, 412 on a stale one, network cuts. */
export class FakeList<L extends ListDefinition> implements ListRepo<L> {
  private rows: Row[] = [];
  private next = 1;
  /** While true, every call fails as if the network were down. */
  offline = false;
  /** What SharePoint stamps on a created item from the token and its clock (createdBy, createdDateTime). */
  stamp: Readonly<Record<string, unknown>> = {};
  writes = 0;

  constructor(drafts: readonly object[] = []) {
    drafts.forEach((d) => this.insert(d));
  }

  private insert(draft: object): Row {
    const row: Row = { ...(draft as Record<string, unknown>), id: String(this.next++), eTag: `"v1"` };
    this.rows.push(row);
    return row;
  }

  /** As the repository does: a client id already used is the same write again, or someone else's (a conflict). */
  private created(draft: object, clientId: string): Row {
    const existing = this.rows.find((r) => r.clientId === clientId);
    if (!existing) return this.insert({ ...draft, clientId, ...this.stamp });
    if (Object.entries(draft).every(([k, v]) => existing[k] === v)) return existing;
    throw new ConcurrentEditError(existing);
  }

  /** Someone else edits the item: its eTag changes under the page's feet. */
  editElsewhere(id: string, patch: Record<string, unknown>): void {
    this.rows = this.rows.map((r) => (r.id === id ? { ...r, ...patch, eTag: bump(r.eTag) } : r));
  }

  all(): RecordOf<L>[] {
    return this.rows as unknown as RecordOf<L>[];
  }

  async items(where: Where = {}) {
    if (this.offline) throw networkError();
    const records = this.rows.filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));
    return { records: records as unknown as RecordOf<L>[], problems: [] };
  }

  async get(id: string) {
    if (this.offline) throw networkError();
    const row = this.rows.find((r) => r.id === id);
    if (!row) throw new NotFoundError("Élément introuvable.", 404);
    return row as unknown as RecordOf<L>;
  }

  async writeMany(ops: readonly WriteOp<L>[]): Promise<WriteOutcome<L>[]> {
    return ops.map((op) => {
      if (this.offline) return { ok: false, op, error: networkError() };
      this.writes += 1;
      try {
        return { ok: true, op, ...this.apply(op) };
      } catch (error) {
        return { ok: false, op, error: error instanceof DataError ? error : networkError() };
      }
    });
  }

  private apply(op: WriteOp<L>): { record?: RecordOf<L> } {
    if (op.kind === "create") return { record: this.created(op.draft, op.clientId) as unknown as RecordOf<L> };
    const row = this.rows.find((r) => r.id === op.id);
    if (op.kind === "delete") {
      this.rows = this.rows.filter((r) => r.id !== op.id);
      return {};
    }
    if (!row) throw new NotFoundError("Élément introuvable.", 404);
    if (row.eTag !== op.eTag) throw new ConcurrentEditError(row);
    const updated = { ...row, ...(op.patch as Record<string, unknown>), eTag: bump(row.eTag) };
    this.rows = this.rows.map((r) => (r.id === op.id ? updated : r));
    return { record: updated as unknown as RecordOf<L> };
  }
}

const bump = (eTag: string): string => `"v${Number(eTag.replace(/\D/g, "")) + 1}"`;

export type FakeData = { readonly [K in ListKey]: FakeList<Extract<AnyList, { key: K }>> };

/** Every list of the tab, empty unless seeded. */
export function fakeData(seed: { readonly [K in ListKey]?: readonly DraftIn<K>[] } = {}): FakeData & TeamsData {
  return Object.fromEntries(LISTS.map(({ key }) => [key, new FakeList(seed[key] ?? [])])) as unknown as FakeData &
    TeamsData;
}
