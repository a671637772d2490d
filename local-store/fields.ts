import { coerce } from "./field-values";
import { badRequest, fail, StoreFailure } from "./http";
import type { StoredColumn, StoredList, StoreState } from "./model";

/** Fields Graph manages itself: accepted in a body and ignored, as SharePoint does. */
const READ_ONLY = new Set([
  "@odata.etag",
  "id",
  "ID",
  "Created",
  "Modified",
  "ContentType",
  "Edit",
  "_UIVersionString",
]);

/** The key of a column in `fields`: Graph writes a lookup as `${name}LookupId`. */
const fieldOf = (col: StoredColumn): string => (col.lookup ? `${col.name}LookupId` : col.name);

/** The column behind a field name; a lookup column answers to `${name}LookupId`. */
export function columnFor(list: StoredList, field: string): StoredColumn | undefined {
  return list.columns.find((col) => fieldOf(col) === field);
}

/** Checks a `fields` body against the list's columns and converts it to stored values (null clears a field). */
export function acceptFields(state: StoreState, list: StoredList, input: unknown): Record<string, unknown> {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw new StoreFailure(badRequest("The fields must be a JSON object."));
  const accepted: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (READ_ONLY.has(field)) continue;
    const col = columnFor(list, field);
    if (!col) throw new StoreFailure(badRequest(`Field '${field}' is not recognized`));
    accepted[field] = coerce(state, field, col, value);
  }
  return accepted;
}

/** SharePoint's enforceUniqueValues: a second item with the same value is refused. */
export function checkUnique(list: StoredList, fields: Readonly<Record<string, unknown>>, selfId?: string): void {
  for (const col of list.columns) {
    if (!col.enforceUniqueValues) continue;
    const field = fieldOf(col);
    const value = fields[field];
    if (value === undefined || value === null || value === "") continue;
    for (const id of list.index.matching(field, value)) {
      if (id !== selfId && list.items.get(id)?.fields[field] === value) {
        throw new StoreFailure(
          fail(
            409,
            "nameAlreadyExists",
            `The value for column '${col.name}' already exists; this column enforces unique values.`,
          ),
        );
      }
    }
  }
}

/**
 * SharePoint's required columns: a create must give each a value, an update may not empty one. (The patch of an
 * update is checked, not the whole item, so an item written before a column became required can still be edited.)
 */
export function checkRequired(list: StoredList, fields: Readonly<Record<string, unknown>>, isPatch: boolean): void {
  for (const col of list.columns) {
    if (!col.required) continue;
    const field = fieldOf(col);
    if (isPatch && !(field in fields)) continue;
    const value = fields[field];
    if (value === undefined || value === null || value === "")
      throw new StoreFailure(badRequest(`Field '${field}' is required and cannot be empty.`));
  }
}

/** Merges a patch: null removes the field. */
export function merge(
  fields: Readonly<Record<string, unknown>>,
  patch: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const merged = new Map(Object.entries(fields));
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) merged.delete(key);
    else merged.set(key, value);
  }
  return Object.fromEntries(merged);
}
