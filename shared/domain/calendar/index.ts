export {
  budgetVoteDeadline,
  compteVoteDeadline,
  depensesImprevuesCeiling,
  dmAdjustmentDeadline,
  isCouncilRenewalYear,
  taxRatesDeadline,
} from "./legal-deadlines";
export type { LegalDeadline } from "./legal-deadlines";
export { actWindows, BUDGET_DOCUMENTS, isOpen } from "./act-windows";
export type { ActWindow, ActWindowFacts, ActWindowKind, BudgetDocument } from "./act-windows";
