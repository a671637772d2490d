import type { SheetBlock } from "@shared/ports/budget-workbook";

/** What the pane says once new sheets are created: nothing was there to replace. */
export function budgetCreated(what: string): string {
  return `${what} : feuilles « Document » et « Budget » créées.`;
}

/** What the pane says once the sheets are replaced, with the count of budget lines written (its header aside). */
export function budgetWritten(what: string, blocks: readonly SheetBlock[]): string {
  const lines = Math.max(0, (blocks.find((b) => b.sheet === "Budget")?.values.length ?? 1) - 1);
  const s = lines > 1 ? "s" : "";
  return `${what} : feuilles « Document » et « Budget » écrites (${lines} ligne${s} budgétaire${s}).`;
}
