import { columnEntries } from "../../../shared/data/schema/define-list";
import { LISTS } from "../../../shared/data/schema/lists";
import type { ListKey } from "./ports";

/** The French label of a column ("titre" of the points list → "Objet"), as SharePoint shows it. */
export function fieldLabel(list: ListKey, key: string): string {
  const definition = LISTS.find((l) => l.key === list);
  return (definition && columnEntries(definition).find(([k]) => k === key)?.[1].label) ?? key;
}
