// The modules themselves, not the subsidies index: the index brings the plan's schema validator, which the pane
// loads only with the first check.
import type { PlanBudgetGap } from "@shared/domain/subsidies/compare-with-budget";
import { comparePlanWithBudget } from "@shared/domain/subsidies/compare-with-budget";
import type { FinancingPlan } from "@shared/domain/subsidies/plan";
import type { BudgetWorkbook } from "@shared/ports/budget-workbook";
import { readWorkbookBudget } from "./check-workbook";

/**
 * The plan set against the budget lines of its opération, in the workbook's Budget sheet: the credits voted
 * (restes à réaliser included), TTC, as the budget carries them.
 */
export async function comparePlanWithWorkbook(workbook: BudgetWorkbook, plan: FinancingPlan): Promise<PlanBudgetGap[]> {
  const { document } = await readWorkbookBudget(workbook);
  return comparePlanWithBudget(
    plan,
    document.lines.map((line) => ({
      section: line.section,
      sens: line.sens,
      chapitre: line.chapitre,
      nature: line.nature,
      ...(line.operation !== undefined ? { operation: line.operation } : {}),
      amountCents: line.amounts.credits ?? 0,
    })),
  );
}
