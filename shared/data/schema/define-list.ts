import { text } from "./columns";
import type { Column } from "./columns";

export type Columns = Readonly<Record<string, Column<unknown>>>;

type ValueOf<C> = C extends Column<infer T> ? T : never;
type RequiredKeys<C extends Columns> = { [K in keyof C]: C[K] extends Column<unknown, true> ? K : never }[keyof C];

/** The user-editable values of an item, typed from the column declarations. */
export type FieldsOf<C extends Columns> = { -readonly [K in RequiredKeys<C>]: ValueOf<C[K]> } & {
  -readonly [K in Exclude<keyof C, RequiredKeys<C>>]?: ValueOf<C[K]>;
};

/** Every list carries this column: a create retried after a lost answer collides on it instead of duplicating. */
export const clientIdColumn = text("MairieClientId", "Identifiant client", { unique: true });

type WithClientId<C extends Columns> = C & { readonly clientId: typeof clientIdColumn };

export interface ListDefinition<K extends string = string, C extends Columns = Columns> {
  /** Key used in code and in lookups. */
  readonly key: K;
  /** Display name in SharePoint; Graph addresses a list by it as well as by id. */
  readonly displayName: string;
  readonly description: string;
  readonly columns: WithClientId<C>;
}

/** A person as Graph's listItem names them in `createdBy.user`: SharePoint sets it from the token. */
export interface ItemAuthor {
  /** The Entra object id (`oid`); absent on the embedded store for a membre whose oid is not recorded yet. */
  readonly id?: string;
  readonly email?: string;
  readonly displayName?: string;
}

/**
 * An item as read: its Graph id and eTag, who created it and when (the listItem's `createdBy` and
 * `createdDateTime`, which no client can write), then its typed fields.
 */
export type RecordOf<L extends ListDefinition> = {
  readonly id: string;
  readonly eTag: string;
  readonly createdBy?: ItemAuthor;
  readonly createdDateTime?: string;
} & FieldsOf<L["columns"]>;
export type DraftOf<L extends ListDefinition> = FieldsOf<L["columns"]>;

export function defineList<const K extends string, C extends Columns>(
  key: K,
  displayName: string,
  description: string,
  columns: C,
): ListDefinition<K, C> {
  return { key, displayName, description, columns: { ...columns, clientId: clientIdColumn } };
}

/** The columns of a list as entries, typed loosely for generic code. */
export function columnEntries(list: ListDefinition): [string, Column<unknown>][] {
  return Object.entries(list.columns);
}
