import type { StoredItem } from "./model";

/** First index in the ascending `ids` whose value is greater than `after`. */
function firstAfter(ids: readonly number[], after: number): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ids[middle] ?? 0) <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The key an item is found under for `field eq value`: filters compare values as strings; null matches none. */
export function keyOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  return typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
}

/**
 * The indexes of one list: its item ids in ascending order (a page starts by binary search, not by a scan), and,
 * for each field a query or a uniqueness check has looked at, the ids of the items by value.
 */
export class ListIndex {
  private readonly ids: number[] = [];
  private readonly byField = new Map<string, Map<string, Set<string>>>();

  constructor(private readonly items: ReadonlyMap<string, StoredItem>) {}

  /** Called before `items` is updated: `before` is the item being replaced, if any. */
  put(before: StoredItem | undefined, after: StoredItem): void {
    if (!before) this.insertId(Number(after.id));
    for (const [field, values] of this.byField) {
      const old = before ? keyOf(before.fields[field]) : undefined;
      const next = keyOf(after.fields[field]);
      if (old === next) continue;
      if (old !== undefined) this.unlink(values, old, after.id);
      if (next !== undefined) this.link(values, next, after.id);
    }
  }

  remove(item: StoredItem): void {
    const id = Number(item.id);
    const at = firstAfter(this.ids, id - 1);
    if (this.ids[at] === id) this.ids.splice(at, 1);
    for (const [field, values] of this.byField) {
      const key = keyOf(item.fields[field]);
      if (key !== undefined) this.unlink(values, key, item.id);
    }
  }

  /** Item ids greater than `after`, ascending, read lazily: a page reads only what it serves. */
  *idsAfter(after: number): Generator<string> {
    for (let at = firstAfter(this.ids, after); at < this.ids.length; at++) yield String(this.ids[at]);
  }

  /** The ids of the items whose `field` reads as `value`; the field's index is built on first use, then kept. */
  matching(field: string, value: unknown): ReadonlySet<string> {
    const key = keyOf(value);
    if (key === undefined) return new Set();
    return this.fieldIndex(field).get(key) ?? new Set();
  }

  private fieldIndex(field: string): Map<string, Set<string>> {
    let values = this.byField.get(field);
    if (!values) {
      values = new Map();
      for (const item of this.items.values()) {
        const key = keyOf(item.fields[field]);
        if (key !== undefined) this.link(values, key, item.id);
      }
      this.byField.set(field, values);
    }
    return values;
  }

  private insertId(id: number): void {
    const last = this.ids[this.ids.length - 1];
    if (last === undefined || id > last) this.ids.push(id);
    else {
      const at = firstAfter(this.ids, id - 1);
      if (this.ids[at] !== id) this.ids.splice(at, 0, id);
    }
  }

  private link(values: Map<string, Set<string>>, key: string, id: string): void {
    const ids = values.get(key);
    if (ids) ids.add(id);
    else values.set(key, new Set([id]));
  }

  private unlink(values: Map<string, Set<string>>, key: string, id: string): void {
    const ids = values.get(key);
    ids?.delete(id);
    if (ids?.size === 0) values.delete(key);
  }
}
