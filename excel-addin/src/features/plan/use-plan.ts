import { useState } from "react";
import type { Finding } from "@shared/domain/rules";
import { planTemplateGrid } from "@shared/io/plan/plan-grid-writer";
import { useAction } from "@shared/ui/hooks/use-action";
import type { MarkBoard } from "../../app/mark-board";
import { useServices } from "../../app/services";
import { useCellSelection } from "../../common/use-cell-selection";
import { sheetsToReplace } from "../budget/create-budget";
import type { PlanCheck } from "./check-plan-sheet";
import { PLAN_CREATED } from "./plan-view";

/** The plan sheet's check, its creation (asking before it replaces a sheet), and the selection of a finding's cell. */
export function usePlan(marks: MarkBoard) {
  const { workbook, clock } = useServices();
  const [state, run] = useAction<PlanCheck | null>();
  const [confirming, setConfirming] = useState(false);
  const { notice, setNotice, select } = useCellSelection(
    "Cette anomalie porte sur le plan entier, pas sur une cellule.",
  );
  const check = () =>
    run(async () => {
      setNotice(null);
      // The plan checker and its schema validator load with the first check, not with the task pane.
      const { checkPlanSheet } = await import("./check-plan-sheet");
      const result = await checkPlanSheet(workbook, clock.today());
      await marks.replace("plan", result.marks);
      return result;
    });
  const create = (replace: boolean) =>
    run(async () => {
      setConfirming(false);
      const template = planTemplateGrid();
      if (!replace && (await sheetsToReplace(workbook, [template])).length > 0) {
        setConfirming(true);
        return null;
      }
      await workbook.writeSheet(template);
      setNotice(PLAN_CREATED);
      return null;
    });
  const selectFinding = (result: PlanCheck, finding: Finding) => void select(result.cellsOf(finding));
  const result = state.status === "done" ? state.value : null;
  return { state, result, confirming, setConfirming, notice, check, create, select: selectFinding };
}
