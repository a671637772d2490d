import { TEXT_MAX_LENGTH } from "./columns";
import type { Column } from "./columns";
import { columnEntries } from "./define-list";
import type { ListDefinition } from "./define-list";

/** A Graph columnDefinition, the subset provisioning writes. */
export interface ColumnDefinition {
  readonly name: string;
  readonly displayName: string;
  readonly required: boolean;
  readonly indexed: boolean;
  readonly enforceUniqueValues: boolean;
  readonly text?: { allowMultipleLines: boolean; maxLength?: number; textType?: "plain" };
  readonly number?: { decimalPlaces: "automatic" };
  readonly boolean?: Record<string, never>;
  readonly dateTime?: { format: "dateTime"; displayAs: "default" };
  readonly choice?: { choices: string[]; allowTextEntry: false; displayAs: "dropDownMenu" };
  readonly lookup?: { listId: string; columnName: "Title" };
}

/** Every generic list already has it, so provisioning never creates it, only relies on it. */
export const BUILT_IN_COLUMNS: ReadonlySet<string> = new Set(["Title"]);

function facet(col: Column<unknown>, listIdOf: (key: string) => string): Partial<ColumnDefinition> {
  switch (col.kind) {
    case "text":
      return { text: { allowMultipleLines: false, maxLength: TEXT_MAX_LENGTH } };
    case "note":
      return { text: { allowMultipleLines: true, textType: "plain" } };
    case "number":
      return { number: { decimalPlaces: "automatic" } };
    case "boolean":
      return { boolean: {} };
    case "dateTime":
      return { dateTime: { format: "dateTime", displayAs: "default" } };
    case "choice":
      return { choice: { choices: [...(col.choices ?? [])], allowTextEntry: false, displayAs: "dropDownMenu" } };
    case "lookup":
      return { lookup: { listId: listIdOf(col.target ?? ""), columnName: "Title" } };
  }
}

/** The columnDefinitions to create for a list; lookups need the id of their target list, known once it exists. */
export function columnDefinitions(list: ListDefinition, listIdOf: (key: string) => string): ColumnDefinition[] {
  return columnEntries(list)
    .filter(([, col]) => !BUILT_IN_COLUMNS.has(col.name))
    .map(([, col]) => ({
      name: col.name,
      displayName: col.label,
      required: col.required,
      indexed: col.indexed,
      enforceUniqueValues: col.unique,
      ...facet(col, listIdOf),
    }));
}
