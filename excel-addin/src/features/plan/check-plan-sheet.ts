import { formatMoney } from "@shared/domain/budget";
import type { Finding } from "@shared/domain/rules";
import type { FinancingPlan } from "@shared/domain/subsidies";
import { checkPlan } from "@shared/domain/subsidies";
import type { BudgetWorkbook, CellMark } from "@shared/ports/budget-workbook";
import { PLAN_SHEET } from "@shared/io/plan/layout";
import { cellOf } from "@shared/io/plan/plan-source";
import { gridToPlan } from "@shared/io/plan/plan-grid-reader";
import { findingsToMarks } from "../budget/locate-findings";
import type { CellRef } from "../budget/locate-findings";

export interface PlanCheck {
  readonly plan: FinancingPlan;
  readonly findings: readonly Finding[];
  readonly cellsOf: (finding: Finding) => CellRef[];
  readonly marks: readonly CellMark[];
  /** Totals shown above the findings. */
  readonly totals: { readonly depenses: string; readonly financements: string };
}

/** "Vérifier le plan": the PLAN-* rules on the plan sheet; each finding points at the cell its path was read from. */
export async function checkPlanSheet(workbook: BudgetWorkbook, today: string): Promise<PlanCheck> {
  const { plan, cells } = gridToPlan(await workbook.readSheet(PLAN_SHEET));
  const findings = checkPlan(plan, { today });
  const cellsOf = (finding: Finding): CellRef[] => {
    const cell = finding.at?.path === undefined ? undefined : cellOf(cells, finding.at.path);
    return cell === undefined ? [] : [{ sheet: PLAN_SHEET, address: cell }];
  };
  const base = (d: FinancingPlan["depenses"][number]) => (plan.basis === "HT" ? d.htCents : d.ttcCents);
  const financements =
    plan.funders.reduce((sum, f) => sum + f.amountCents, 0) + plan.autofinancementCents + plan.empruntCents;
  return {
    plan,
    findings,
    cellsOf,
    marks: findingsToMarks(findings, cellsOf),
    totals: {
      depenses: formatMoney(plan.depenses.reduce((sum, d) => sum + base(d), 0)),
      financements: formatMoney(financements),
    },
  };
}
