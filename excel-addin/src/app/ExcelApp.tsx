import { useMemo } from "react";
import { TaskPane } from "@shared/ui/app-shell/TaskPane";
import { preloadedLazy } from "@shared/ui/render/preloaded-lazy";
import { SimulatedSheet } from "@shared/ui/preview/SimulatedSheet";
import { BudgetCheckView } from "../features/budget/BudgetCheckView";
import { CreateBudgetView } from "../features/budget/CreateBudgetView";
import { MarkBoard } from "./mark-board";
import { PlanView } from "../features/plan/PlanView";
import { useServices } from "./services";
import { SummaryView } from "../features/summary/SummaryView";

// Its tables come in a chunk of their own, fetched at start beside the first view.
const ChapitreView = preloadedLazy(() => import("../features/budget/ChapitreView").then((m) => m.ChapitreView));

/** The Excel task pane: check the budget and the subsidy financing plans. */
export function ExcelApp() {
  const { host, preview, workbook } = useServices();
  // One board for the pane, so that the budget and plan checks each keep their own marks on the sheet.
  const marks = useMemo(() => new MarkBoard(workbook), [workbook]);
  const views = useMemo(
    () =>
      [
        { id: "budget", label: "Vérifier le budget", render: () => <BudgetCheckView marks={marks} /> },
        { id: "create", label: "Créer un budget", render: () => <CreateBudgetView /> },
        { id: "chapitres", label: "Vote par chapitre", render: () => <ChapitreView /> },
        { id: "plan", label: "Plan de financement", render: () => <PlanView marks={marks} /> },
        { id: "summary", label: "Synthèse pour les élus", render: () => <SummaryView /> },
      ] as const,
    [marks],
  );
  return (
    <TaskPane
      host={host}
      title="Mairie – Budget"
      heading="Budget de la commune"
      views={views}
      preview={preview && <SimulatedSheet workbook={preview} />}
    />
  );
}
