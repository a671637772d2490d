import type { BudgetDocument, Cents, Section, Sens } from "@shared/domain/budget";
import type { Column } from "@shared/domain/budget/budget-index";

export interface SectionBalance {
  readonly section: Section;
  readonly depenses: Cents;
  readonly recettes: Cents;
}

/** The column a document is judged on: what was executed for a CA/CFU, the credits otherwise. */
export function mainColumn(document: BudgetDocument): Column {
  return document.type === "CA" || document.type === "CFU" ? "realise" : "credits";
}

/** Dépenses and recettes of each section, in cents, summed in one pass over the lines. */
export function sectionBalances(document: BudgetDocument): SectionBalance[] {
  const column = mainColumn(document);
  const totals: Record<`${Section}${Sens}`, Cents> = { FD: 0, FR: 0, ID: 0, IR: 0 };
  for (const line of document.lines) totals[`${line.section}${line.sens}`] += line.amounts[column] ?? 0;
  return [
    { section: "F", depenses: totals.FD, recettes: totals.FR },
    { section: "I", depenses: totals.ID, recettes: totals.IR },
  ];
}
