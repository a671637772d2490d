import type { Finding } from "@shared/domain/rules";
import { useAction } from "@shared/ui/hooks/use-action";
import type { MarkBoard } from "../../app/mark-board";
import { useServices } from "../../app/services";
import { useCellSelection } from "../../common/use-cell-selection";
import type { BudgetCheck } from "./check-workbook";
import { checkWorkbookBudget } from "./check-workbook";

/** The last check of the workbook's budget, its marks on the sheet, and the selection of a finding's first cell. */
export function useBudgetCheck(marks: MarkBoard) {
  const { workbook, clock } = useServices();
  const [state, run] = useAction<BudgetCheck>();
  const { notice, setNotice, select } = useCellSelection("Cette anomalie ne désigne aucune ligne du budget.");
  const check = () => {
    setNotice(null);
    return run(async () => {
      const result = await checkWorkbookBudget(workbook, clock.today());
      await marks.replace("budget", result.marks);
      return result;
    });
  };
  const selectFinding = (result: BudgetCheck, finding: Finding) => select(result.cellsOf(finding));
  return { state, notice, check, select: selectFinding };
}
