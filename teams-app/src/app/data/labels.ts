import { columnEntries } from "@shared/data/schema/define-list";
import { LISTS } from "@shared/data/schema/lists";
import type { ListKey } from "./ports";

const columnOf = (list: ListKey, key: string) => {
  const definition = LISTS.find((l) => l.key === list);
  return definition && columnEntries(definition).find(([k]) => k === key)?.[1];
};

/** The French label of a column ("titre" of the points list → "Objet"), as SharePoint shows it. */
export function fieldLabel(list: ListKey, key: string): string {
  return columnOf(list, key)?.label ?? key;
}

/** A lookup holds an item id (« Séance : 1 »), which tells the user nothing about what they typed. */
export const isLookup = (list: ListKey, key: string): boolean => columnOf(list, key)?.kind === "lookup";

/** A date-time column holds a UTC instant, shown to the user at Paris time. */
export const isDateTime = (list: ListKey, key: string): boolean => columnOf(list, key)?.kind === "dateTime";
