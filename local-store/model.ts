import { randomUUID } from "node:crypto";
import { ListIndex } from "./list-index";

/** A column as stored: Graph's columnDefinition JSON, with its id. */
export type StoredColumn = { readonly id: string; readonly name: string; readonly displayName?: string } & Readonly<
  Record<string, unknown>
>;

/** A person as Graph names them in `createdBy.user` / `lastModifiedBy.user`. */
export interface StoredUser {
  readonly displayName: string;
  readonly email?: string;
  /** The Entra object id, when the membres list knows it. */
  readonly id?: string;
}

export interface StoredItem {
  readonly id: string;
  /** The item's unique id: the first half of its eTag, as in SharePoint. */
  readonly guid: string;
  readonly version: number;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly created: string;
  readonly modified: string;
  /** Set by the store from the caller's token, as SharePoint does: never a field a client writes. */
  readonly createdBy?: StoredUser;
  readonly modifiedBy?: StoredUser;
  /** Position in the store's change sequence, for delta. */
  readonly seq: number;
}

export interface ListInfo {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly created: string;
}

export interface StoredList extends ListInfo {
  readonly columns: StoredColumn[];
  readonly items: Map<string, StoredItem>;
  /** Deleted item ids and the sequence number of their deletion. */
  readonly removed: Map<string, number>;
  /** Ids in order and items by field value, kept in step with `items`. */
  readonly index: ListIndex;
  lastId: number;
}

/** The journal's records: whole facts, so replaying one twice changes nothing. */
export type JournalRecord =
  | { readonly t: "list"; readonly list: ListInfo }
  | { readonly t: "column"; readonly listId: string; readonly column: StoredColumn }
  | { readonly t: "item"; readonly listId: string; readonly item: StoredItem }
  | { readonly t: "removed"; readonly listId: string; readonly id: string; readonly seq: number }
  | { readonly t: "event"; readonly event: StoredEvent };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const hasId = (value: unknown): boolean => isObject(value) && typeof value.id === "string";

/** The shape check of a journal line: a line that parses as JSON but is no record goes to quarantine. */
export function isJournalRecord(value: unknown): value is JournalRecord {
  if (!isObject(value)) return false;
  switch (value.t) {
    case "list":
      return hasId(value.list);
    case "column":
      return typeof value.listId === "string" && hasId(value.column);
    case "item":
      return typeof value.listId === "string" && hasId(value.item) && isObject((value.item as StoredItem).fields);
    case "removed":
      return typeof value.listId === "string" && typeof value.id === "string" && typeof value.seq === "number";
    case "event":
      return hasId(value.event);
    default:
      return false;
  }
}

/** A calendar event of /me/events: Graph's properties as validated, and what the store manages itself. */
export interface StoredEvent {
  readonly id: string;
  /** Whose calendar: "admin" or the membre's e-mail, as the store reads callers. */
  readonly owner: string;
  /** Creation order, for paging the list of events. */
  readonly position: number;
  readonly version: number;
  readonly created: string;
  readonly modified: string;
  readonly transactionId?: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

export const etagOf = (item: Pick<StoredItem, "guid" | "version">): string => `"${item.guid},${item.version}"`;

/** A new generic list has a Title column, as SharePoint creates it. */
export function builtInColumns(): StoredColumn[] {
  return [
    {
      id: randomUUID(),
      name: "Title",
      displayName: "Title",
      required: true,
      indexed: false,
      enforceUniqueValues: false,
      text: { allowMultipleLines: false, maxLength: 255 },
    },
  ];
}

/** Everything the store holds, rebuilt from the journal. */
export class StoreState {
  readonly lists = new Map<string, StoredList>();
  /** Every user's calendar; each event names its owner. */
  readonly events = new Map<string, StoredEvent>();
  seq = 0;

  apply(record: JournalRecord): void {
    if (record.t === "event") {
      this.events.set(record.event.id, record.event);
      return;
    }
    if (record.t === "list") {
      if (!this.lists.has(record.list.id)) {
        const items = new Map<string, StoredItem>();
        this.lists.set(record.list.id, {
          ...record.list,
          columns: [],
          items,
          removed: new Map(),
          index: new ListIndex(items),
          lastId: 0,
        });
      }
      return;
    }
    const list = this.lists.get(record.listId);
    if (!list) return;
    if (record.t === "column") {
      if (!list.columns.some((col) => col.name === record.column.name)) list.columns.push(record.column);
    } else if (record.t === "item") {
      list.index.put(list.items.get(record.item.id), record.item);
      list.items.set(record.item.id, record.item);
      list.removed.delete(record.item.id);
      this.advance(list, record.item.id, record.item.seq);
    } else {
      const gone = list.items.get(record.id);
      if (gone) list.index.remove(gone);
      list.items.delete(record.id);
      list.removed.set(record.id, record.seq);
      this.advance(list, record.id, record.seq);
    }
  }

  private advance(list: StoredList, id: string, seq: number): void {
    list.lastId = Math.max(list.lastId, Number(id));
    this.seq = Math.max(this.seq, seq);
  }

  /** Graph addresses a list by id or by title. */
  findList(idOrTitle: string): StoredList | undefined {
    const wanted = idOrTitle.toLowerCase();
    for (const list of this.lists.values()) {
      if (
        list.id.toLowerCase() === wanted ||
        list.displayName.toLowerCase() === wanted ||
        list.name.toLowerCase() === wanted
      )
        return list;
    }
    return undefined;
  }

  /** The records that rebuild the current state, for compaction, produced one at a time. */
  *snapshot(): Generator<JournalRecord> {
    for (const list of this.lists.values()) {
      const { id, name, displayName, description, created, columns, items, removed } = list;
      yield { t: "list", list: { id, name, displayName, description, created } };
      for (const column of columns) yield { t: "column", listId: list.id, column };
      for (const item of items.values()) yield { t: "item", listId: list.id, item };
      for (const [removedId, seq] of removed) yield { t: "removed", listId: list.id, id: removedId, seq };
    }
    for (const event of this.events.values()) yield { t: "event", event };
  }
}
