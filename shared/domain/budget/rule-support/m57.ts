import { declinaisonOf } from "../nomenclature";
import type { BudgetDocument } from "../model";

/** The M57 flexibilities (fongibilité, AP/AE de dépenses imprévues) exist only for budgets in M57. */
export function isM57(document: BudgetDocument): boolean {
  return declinaisonOf(document.nomenclature).startsWith("M57");
}
