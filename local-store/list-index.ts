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

/** Adds `id` to the ascending `ids`: a push for a new item (ids only grow), a binary insertion otherwise. */
function insertSorted(ids: number[], id: number): void {
  const last = ids[ids.length - 1];
  if (last === undefined || id > last) ids.push(id);
  else {
    const at = firstAfter(ids, id - 1);
    if (ids[at] !== id) ids.splice(at, 0, id);
  }
}

function removeSorted(ids: number[], id: number): void {
  const at = firstAfter(ids, id - 1);
  if (ids[at] === id) ids.splice(at, 1);
}

function* after(ids: readonly number[], position: number): Generator<string> {
  for (let at = firstAfter(ids, position); at < ids.length; at++) yield String(ids[at]);
}

/**
 * The indexes of one list: its item ids in ascending order, and, for each field a query or a uniqueness check has
 * looked at, the ascending ids of the items by value. A page starts by binary search in one of them, not by a scan.
 */
export class ListIndex {
  private readonly ids: number[] = [];
  private readonly byField = new Map<string, Map<string, number[]>>();

  constructor(private readonly items: ReadonlyMap<string, StoredItem>) {}

  /** Called before `items` is updated: `before` is the item being replaced, if any. */
  put(before: StoredItem | undefined, after: StoredItem): void {
    if (!before) insertSorted(this.ids, Number(after.id));
    for (const [field, values] of this.byField) {
      const old = before ? keyOf(before.fields[field]) : undefined;
      const next = keyOf(after.fields[field]);
      if (old === next) continue;
      if (old !== undefined) this.unlink(values, old, after.id);
      if (next !== undefined) this.link(values, next, after.id);
    }
  }

  remove(item: StoredItem): void {
    removeSorted(this.ids, Number(item.id));
    for (const [field, values] of this.byField) {
      const key = keyOf(item.fields[field]);
      if (key !== undefined) this.unlink(values, key, item.id);
    }
  }

  /** Item ids greater than `after`, ascending, read lazily: a page reads only what it serves. */
  idsAfter(position: number): Iterable<string> {
    return after(this.ids, position);
  }

  /**
   * The ids of the items whose `field` reads as `value`, ascending, after `position`; the field's index is built
   * on first use, then kept in step.
   */
  matching(field: string, value: unknown, position = 0): Iterable<string> {
    const key = keyOf(value);
    const ids = key === undefined ? undefined : this.fieldIndex(field).get(key);
    return ids ? after(ids, position) : [];
  }

  private fieldIndex(field: string): Map<string, number[]> {
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

  private link(values: Map<string, number[]>, key: string, id: string): void {
    const ids = values.get(key);
    if (ids) insertSorted(ids, Number(id));
    else values.set(key, [Number(id)]);
  }

  private unlink(values: Map<string, number[]>, key: string, id: string): void {
    const ids = values.get(key);
    if (!ids) return;
    removeSorted(ids, Number(id));
    if (ids.length === 0) values.delete(key);
  }
}
