import { badRequest, StoreFailure } from "./http";
import type { StoredColumn, StoreState } from "./model";

/** SharePoint's limit for a multiple lines of text column (its columnDefinition carries no maxLength). */
export const NOTE_MAX_LENGTH = 63_999;
/** SharePoint's single line of text, when the column states no lower maxLength. */
const TEXT_MAX_LENGTH = 255;
/** SharePoint stores dates from 1900 to 8900. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 8900;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

function invalid(field: string, expected: string): StoreFailure {
  return new StoreFailure(badRequest(`Field '${field}' has an invalid value: ${expected} expected.`));
}

/** A date SharePoint would store: the calendar day exists, the time and offset are real ones. */
export function isStorableDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day, hours = 0, minutes = 0, seconds = 0, offsetHours = 0, offsetMinutes = 0] = match
    .slice(1)
    .map((part) => (part ? Number(part) : undefined));
  if (year === undefined || month === undefined || day === undefined) return false;
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    day >= 1 &&
    day <= daysInMonth &&
    hours < 24 &&
    minutes < 60 &&
    seconds < 60 &&
    offsetHours <= 14 &&
    offsetMinutes < 60
  );
}

function text(field: string, col: StoredColumn, value: string): string {
  const facet = col.text as { allowMultipleLines?: boolean; maxLength?: number } | undefined;
  const max = facet?.allowMultipleLines ? NOTE_MAX_LENGTH : (facet?.maxLength ?? TEXT_MAX_LENGTH);
  if (value.length > max) throw new StoreFailure(badRequest(`Field '${field}' is longer than ${max} characters.`));
  return value;
}

/**
 * A field value as SharePoint would store it, or a 400 in Graph's shape: numbers finite, booleans, dates that
 * exist, choices among the column's choices, texts within their length, lookups to an item of the target list.
 */
export function coerce(state: StoreState, field: string, col: StoredColumn, value: unknown): unknown {
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
    const id =
      (typeof value === "string" && /^\d{1,15}$/.test(value)) ||
      (typeof value === "number" && Number.isSafeInteger(value) && value >= 0)
        ? String(value)
        : undefined;
    if (id === undefined) throw invalid(field, "an item id");
    const target = state.lists.get(String((col.lookup as { listId?: unknown }).listId));
    if (!target?.items.has(id)) throw invalid(field, `the id of an existing item of '${target?.displayName ?? "?"}'`);
    return id;
  }
  if (typeof value !== "string") throw invalid(field, "a string");
  if (col.dateTime) {
    if (!isStorableDate(value)) throw invalid(field, "an ISO 8601 date between 1900 and 8900");
    return value;
  }
  if (col.choice) {
    const choices = (col.choice as { choices?: unknown }).choices;
    if (Array.isArray(choices) && !choices.includes(value)) throw invalid(field, `one of ${choices.join(", ")}`);
    return value;
  }
  return text(field, col, value);
}
