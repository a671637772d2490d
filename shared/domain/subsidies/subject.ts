import type { RateBounds } from "./bounds";
import type { FinancingPlan } from "./plan";

/** What a PLAN rule sees: the plan and the facts the caller supplies (no rule reads the clock). */
export interface PlanSubject {
  readonly plan: FinancingPlan;
  /** ISO date of the check, for the deadlines that run until today (PF-07). */
  readonly today: string;
  readonly departement?: string;
  readonly bounds: RateBounds;
}
