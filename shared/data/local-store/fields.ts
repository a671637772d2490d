import { badRequest, fail, StoreFailure } from "./http";
import type { StoredColumn, StoredList } from "./model";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

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

/** The column behind a field name; a lookup column answers to `${name}LookupId`. */
export function columnFor(list: StoredList, field: string): StoredColumn | undefined {
  return list.columns.find((col) => (col.lookup ? `${col.name}LookupId` : col.name) === field);
}

function invalid(field: string, expected: string): StoreFailure {
  return new StoreFailure(badRequest(`Field '${field}' has an invalid value: ${expected} expected.`));
}

function coerce(field: string, col: StoredColumn, value: unknown): unknown {
  if (value === null) return null;
  if (col.number) {
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
    throw invalid(field, "a number");
  }
  if (col.boolean) {
    if (typeof value !== "boolean") throw invalid(field, "a boolean");
    return value;
  }
  if (col.lookup) {
    if (
      (typeof value === "string" && /^\d+$/.test(value)) ||
      (typeof value === "number" && Number.isInteger(value) && value >= 0)
    )
      return String(value);
    throw invalid(field, "an item id");
  }
  if (typeof value !== "string") throw invalid(field, "a string");
  if (col.dateTime && !ISO_DATE.test(value)) throw invalid(field, "an ISO 8601 date");
  const text = col.text as { allowMultipleLines?: boolean; maxLength?: number } | undefined;
  if (text && !text.allowMultipleLines && value.length > (text.maxLength ?? 255)) {
    throw new StoreFailure(badRequest(`Field '${field}' is longer than ${text.maxLength ?? 255} characters.`));
  }
  return value;
}

/** Checks a `fields` body against the list's columns and converts it to stored values (null clears a field). */
export function acceptFields(list: StoredList, input: unknown): Record<string, unknown> {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw new StoreFailure(badRequest("The fields must be a JSON object."));
  const accepted: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (READ_ONLY.has(field)) continue;
    const col = columnFor(list, field);
    if (!col) throw new StoreFailure(badRequest(`Field '${field}' is not recognized`));
    accepted[field] = coerce(field, col, value);
  }
  return accepted;
}

/** SharePoint's enforceUniqueValues: a second item with the same value is refused. */
export function checkUnique(list: StoredList, fields: Readonly<Record<string, unknown>>, selfId?: string): void {
  for (const col of list.columns) {
    if (!col.enforceUniqueValues) continue;
    const field = col.lookup ? `${col.name}LookupId` : col.name;
    const value = fields[field];
    if (value === undefined || value === null || value === "") continue;
    for (const item of list.items.values()) {
      if (item.id !== selfId && item.fields[field] === value) {
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

/** Merges a patch: null removes the field. */
export function merge(
  fields: Readonly<Record<string, unknown>>,
  patch: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...fields };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
