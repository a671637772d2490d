import { Spinner, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useMemo, useState } from "react";
import { AppShell } from "@shared/ui/app-shell/AppShell";
import { SimulatedSheet } from "@shared/ui/preview/SimulatedSheet";
import { BudgetCheckView } from "./budget/BudgetCheckView";
import { CreateBudgetView } from "./budget/CreateBudgetView";
import { MarkBoard } from "./mark-board";
import { PlanView } from "./plan/PlanView";
import { useServices } from "./services";
import { SummaryView } from "./summary/SummaryView";
import { fr } from "@shared/ui/i18n/fr";

// Its tables load when the view opens, not with the pane (the pane is near its weight budget).
const ChapitreView = lazy(() => import("./budget/ChapitreView").then((m) => ({ default: m.ChapitreView })));

const useStyles = makeStyles({
  layout: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalL },
  pane: {
    flexBasis: "320px",
    flexGrow: 1,
    maxWidth: "480px",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  preview: { flexBasis: "480px", flexGrow: 2, minWidth: 0 },
  // Five views do not fit a task pane's width on one line.
  tabs: { flexWrap: "wrap" },
});

type View = "budget" | "create" | "chapitres" | "plan" | "summary";

/** The Excel task pane: check the budget and the subsidy financing plans. */
export function ExcelApp() {
  const styles = useStyles();
  const { host, preview, workbook } = useServices();
  const [view, setView] = useState<View>("budget");
  const marks = useMemo(() => new MarkBoard(workbook), [workbook]);
  return (
    <AppShell host={host} title="Mairie – Budget">
      <div className={styles.layout}>
        <div className={styles.pane}>
          <Title3 as="h1">Budget de la commune</Title3>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={view}
            onTabSelect={(_e, data) => setView(data.value as View)}
            aria-label="Vues du volet"
          >
            <Tab value="budget">Vérifier le budget</Tab>
            <Tab value="create">Créer un budget</Tab>
            <Tab value="chapitres">Vote par chapitre</Tab>
            <Tab value="plan">Plan de financement</Tab>
            <Tab value="summary">Synthèse pour les élus</Tab>
          </TabList>
          <div role="tabpanel" aria-label={VIEW_LABELS[view]}>
            {view === "budget" && <BudgetCheckView marks={marks} />}
            {view === "create" && <CreateBudgetView />}
            {view === "chapitres" && (
              <Suspense fallback={<Spinner size="small" label={fr.loading} />}>
                <ChapitreView />
              </Suspense>
            )}
            {view === "plan" && <PlanView marks={marks} />}
            {view === "summary" && <SummaryView />}
          </div>
        </div>
        {preview && (
          <div className={styles.preview}>
            <SimulatedSheet workbook={preview} />
          </div>
        )}
      </div>
    </AppShell>
  );
}

const VIEW_LABELS: Readonly<Record<View, string>> = {
  budget: "Vérifier le budget",
  create: "Créer un budget",
  chapitres: "Vote par chapitre",
  plan: "Plan de financement",
  summary: "Synthèse pour les élus",
};
