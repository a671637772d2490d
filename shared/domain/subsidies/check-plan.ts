import type { Finding } from "../rules";
import { runRules } from "../rules";
import type { BoundsConfig } from "./bounds";
import { resolveBounds } from "./bounds";
import type { FinancingPlan } from "./plan";
import { PLAN_RULES } from "./rules";

export interface CheckPlanOptions {
  /** Date whose law applies; defaults to the plan's own date, else today. */
  readonly date?: string;
  readonly today: string;
  /** The commune's département when the plan lacks it; the plan's own value wins. */
  readonly departement?: string;
  readonly bounds?: BoundsConfig;
}

export function checkPlan(plan: FinancingPlan, options: CheckPlanOptions): Finding[] {
  const departement = plan.commune.departement ?? options.departement;
  const subject = {
    plan,
    today: options.today,
    bounds: resolveBounds(options.bounds, departement),
    ...(departement !== undefined ? { departement } : {}),
  };
  return runRules(PLAN_RULES, subject, { date: options.date ?? plan.date ?? options.today });
}
