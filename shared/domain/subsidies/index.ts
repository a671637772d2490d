export type {
  Basis,
  Depense,
  DerogationKind,
  FinancingPlan,
  Funder,
  FunderKind,
  FunderStatus,
  PlanDerogation,
} from "./plan";
export { DEROGATION_KINDS, FUNDER_KINDS, FUNDER_LABELS, FUNDER_STATUSES } from "./plan";
export type { BoundsConfig, RateBound, RateBounds } from "./bounds";
export { DEFAULT_RATE_BOUNDS } from "./bounds";
export { DEROGATIONS } from "./derogations";
export type { Bp } from "./rate";
export { checkPlan } from "./check-plan";
export type { CheckPlanOptions } from "./check-plan";
export { formatPlanIssue, parsePlan, planSchema } from "./plan-schema";
export type { PlanIssue, PlanParseResult } from "./plan-schema";
export { comparePlanWithBudget } from "./compare-with-budget";
export type { BudgetLineLike, PlanBudgetGap } from "./compare-with-budget";
export { PLAN_RULES } from "./rules";
export type { PlanSubject } from "./subject";
