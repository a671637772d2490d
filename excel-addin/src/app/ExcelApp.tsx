import { useMemo } from "react";
import { TaskPane } from "@shared/ui/app-shell/TaskPane";
import { lazyAfterFirstView, usePreloadAfterFirstView } from "@shared/ui/render/lazy-after-first-view";
import { SimulatedSheet } from "@shared/ui/preview/SimulatedSheet";
import { BudgetCheckView } from "../features/budget/BudgetCheckView";
import { CreateBudgetView } from "../features/budget/CreateBudgetView";
import { MarkBoard } from "./mark-board";
import { PlanView } from "../features/plan/PlanView";
import { PANE_TEXT } from "./frame";
import { useServices } from "./services";
import { SummaryView } from "../features/summary/SummaryView";

// Its tables come in a chunk of their own, fetched once the first view is shown.
const chapitres = lazyAfterFirstView(() => import("../features/budget/ChapitreView").then((m) => m.ChapitreView));
const LATER_VIEWS = [chapitres];

/** The Excel task pane: check the budget and the subsidy financing plans. */
export function ExcelApp() {
  const { host, preview, workbook } = useServices();
  // One board for the pane, so that the budget and plan checks each keep their own marks on the sheet.
  const marks = useMemo(() => new MarkBoard(workbook), [workbook]);
  usePreloadAfterFirstView(LATER_VIEWS);
  const views = useMemo(
    () =>
      [
        { id: "budget", label: "Vérifier le budget", render: () => <BudgetCheckView marks={marks} /> },
        { id: "create", label: "Créer un budget", render: () => <CreateBudgetView /> },
        { id: "chapitres", label: "Vote par chapitre", render: () => <chapitres.View /> },
        { id: "plan", label: "Plan de financement", render: () => <PlanView marks={marks} /> },
        { id: "summary", label: "Synthèse pour les élus", render: () => <SummaryView /> },
      ] as const,
    [marks],
  );
  return (
    <TaskPane host={host} {...PANE_TEXT} views={views} preview={preview && <SimulatedSheet workbook={preview} />} />
  );
}
