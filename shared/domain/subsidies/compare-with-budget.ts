import type { Cents } from "../common/money";
import { formatMoney } from "../common/money";
import type { BudgetLineLocation } from "../rules";
import type { FinancingPlan } from "./plan";
import { activeFunders, fundersTotal } from "./plan";

/** The little the comparison needs of a budget line; the budget model maps onto it. */
export interface BudgetLineLike {
  readonly section: "F" | "I";
  readonly sens: "D" | "R";
  readonly chapitre: string;
  readonly nature: string;
  readonly operation?: string;
  readonly amountCents: Cents;
}

export interface PlanBudgetGap {
  readonly kind: "operation" | "depenses" | "subventions";
  /** French, for the secretary. */
  readonly message: string;
  readonly planCents?: Cents;
  readonly budgetCents?: Cents;
  readonly at?: BudgetLineLocation;
}

const total = (lines: readonly BudgetLineLike[]): Cents => lines.reduce((sum, line) => sum + line.amountCents, 0);

/**
 * Where the budget and the plan of one opération disagree: the budget carries the expense TTC (the commune pays
 * the VAT, recovered later through the FCTVA) and the subsidies in chapitre 13 recettes. A multi-year opération
 * voted in AP/CP legitimately differs; the gaps are for the secretary to read, not findings.
 */
export function comparePlanWithBudget(plan: FinancingPlan, budgetLines: readonly BudgetLineLike[]): PlanBudgetGap[] {
  const operation = plan.project.operation?.trim();
  if (!operation) {
    return [
      {
        kind: "operation",
        message: "Le plan ne porte pas de numéro d'opération : il ne peut pas être rapproché du budget.",
      },
    ];
  }
  const lines = budgetLines.filter((l) => l.section === "I" && l.operation?.trim() === operation);
  const gaps: PlanBudgetGap[] = [];
  const planDepenses = plan.depenses.reduce((sum, d) => sum + d.ttcCents, 0);
  const budgetDepenses = total(lines.filter((l) => l.sens === "D"));
  if (planDepenses !== budgetDepenses) {
    gaps.push({
      kind: "depenses",
      message: `Opération ${operation} : dépenses inscrites au budget ${formatMoney(budgetDepenses)}, coût TTC du plan ${formatMoney(planDepenses)}.`,
      planCents: planDepenses,
      budgetCents: budgetDepenses,
      at: { section: "I", sens: "D" },
    });
  }
  const planSubventions = fundersTotal(activeFunders(plan));
  const budgetSubventions = total(lines.filter((l) => l.sens === "R" && l.chapitre === "13"));
  if (planSubventions !== budgetSubventions) {
    gaps.push({
      kind: "subventions",
      message: `Opération ${operation} : recettes du chapitre 13 inscrites au budget ${formatMoney(budgetSubventions)}, subventions du plan ${formatMoney(planSubventions)}.`,
      planCents: planSubventions,
      budgetCents: budgetSubventions,
      at: { section: "I", sens: "R", chapitre: "13" },
    });
  }
  return gaps;
}
