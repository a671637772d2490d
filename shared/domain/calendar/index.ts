export {
  budgetVoteDeadline,
  compteVoteDeadline,
  depensesImprevuesCeiling,
  dmAdjustmentDeadline,
  isCouncilRenewalYear,
  taxRatesDeadline,
} from "./legal-deadlines";
export type { LegalDeadline } from "./legal-deadlines";
