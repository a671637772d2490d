import { fieldName } from "./columns";
import { columnEntries } from "./define-list";
import type { DraftOf, ListDefinition } from "./define-list";

/**
 * The Graph `fields` object for a draft or a patch. An explicit `undefined` clears the column (null on the wire);
 * keys that are not columns are dropped, so a caller cannot write a column the schema does not declare.
 */
export function toFields<L extends ListDefinition>(list: L, values: Partial<DraftOf<L>>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const given = values as Record<string, unknown>;
  for (const [key, col] of columnEntries(list)) {
    if (!(key in given)) continue;
    const value = given[key];
    fields[fieldName(col)] = value === undefined ? null : value;
  }
  return fields;
}

/** The wire names to ask for in `expand=fields(select=...)`. */
export function selectFields(list: ListDefinition): string[] {
  return columnEntries(list).map(([, col]) => fieldName(col));
}

/** The wire name of a column given its record key; throws on a key the list does not have (a programming error). */
export function wireName(list: ListDefinition, key: string): string {
  const col = list.columns[key];
  if (!col) throw new Error(`La liste ${list.displayName} n'a pas de colonne ${key}.`);
  return fieldName(col);
}
