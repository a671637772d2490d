import { BudgetIndex } from "./budget-index";
import type { BudgetDocument } from "./model";

/** What every BUD-* rule receives: the document and its totals, indexed once for all rules. */
export interface BudgetSubject {
  readonly document: BudgetDocument;
  readonly index: BudgetIndex;
  /** The commune's population: --population, else the document's own figure. */
  readonly population?: number;
}

export function budgetSubject(document: BudgetDocument, population?: number): BudgetSubject {
  const pop = population ?? document.population;
  return { document, index: new BudgetIndex(document.lines), ...(pop !== undefined ? { population: pop } : {}) };
}
