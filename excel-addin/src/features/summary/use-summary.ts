import { useEffect } from "react";
import { useAction } from "@shared/ui/hooks/use-action";
import { useServices } from "../../app/services";
import { readWorkbookBudget } from "../budget/check-workbook";
import type { SummaryCharts } from "./summary-charts";
import { summaryCharts } from "./summary-charts";

/** The élus' charts of the workbook's budget, read when the view opens and again on demand. */
export function useSummary() {
  const { workbook } = useServices();
  const [state, run] = useAction<SummaryCharts>();
  const refresh = () =>
    run(async () => {
      const { document } = await readWorkbookBudget(workbook);
      return summaryCharts(document);
    });
  // Read once when the view opens; the button reads again after the secretary edits the sheets.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the view opens, as said above
  useEffect(() => void refresh(), []);
  return { state, refresh };
}
