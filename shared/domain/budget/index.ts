export type {
  BudgetDocument,
  BudgetLine,
  BudgetFacts,
  DocumentType,
  LineAmounts,
  Section,
  Sens,
  Mouvement,
  TypeOrdre,
  Echeancier,
  Resultats,
  Virement,
} from "./model";
export type { Cents } from "../common/money";
export { parseMoney, formatMoney, centsFromNumber } from "../common/money";
export { checkBudget } from "./check-budget";
export type { CheckBudgetOptions } from "./check-budget";
export { BUDGET_RULES } from "./rules";
export { findPlan, loadPlan, chapitreOf, declinaisonOf } from "./nomenclature";
export { syntheticBudget } from "./synthetic";
export { precedentMismatch, withCompteDeGestion, withPrecedent } from "./year";
