import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import type { Finding } from "@shared/domain/rules";
import { PLAN_SHEET } from "@shared/io/plan/layout";
import { FindingsList } from "@shared/ui/components/FindingsList";
import { ResultBar } from "@shared/ui/components/ResultBar";
import { sheetsToReplace } from "../budget/create-budget";
import type { PlanCheck } from "./check-plan-sheet";
import { planTemplateGrid } from "@shared/io/plan/plan-grid-writer";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import type { MarkBoard } from "../../app/mark-board";
import { ReplaceGuard } from "../../app/ReplaceGuard";

// Set against the budget after the first check, which loads the plan checker too.
const PlanBudgetGaps = lazy(() => import("./PlanBudgetGaps").then((m) => ({ default: m.PlanBudgetGaps })));
import { useServices } from "../../app/services";
import { messageOf } from "@shared/ui/hooks/async-state";
import { useAction } from "@shared/ui/hooks/use-action";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** The plan de financement of a subsidised project, on its own sheet, checked by the PLAN-* rules. */
export function PlanView({ marks }: { marks: MarkBoard }) {
  const styles = useStyles();
  const { workbook, clock } = useServices();
  const [state, run] = useAction<PlanCheck | null>();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

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
      setNotice(
        `Feuille « ${PLAN_SHEET} » créée : complétez l'en-tête, les dépenses et les financeurs, puis vérifiez le plan.`,
      );
      return null;
    });
  const select = (result: PlanCheck, finding: Finding) => {
    const [cell] = result.cellsOf(finding);
    if (!cell) {
      setNotice("Cette anomalie porte sur le plan entier, pas sur une cellule.");
      return;
    }
    setNotice(null);
    workbook.selectCell(cell.sheet, cell.address).catch((error: unknown) => setNotice(messageOf(error)));
  };
  const result = state.status === "done" ? state.value : null;

  return (
    <div className={styles.root}>
      <Text>{`Le plan de financement d'un projet subventionné se tient dans la feuille « ${PLAN_SHEET} ».`}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void check()} disabled={state.status === "busy"}>
          Vérifier le plan de financement
        </Button>
        <Button onClick={() => void create(false)} disabled={state.status === "busy"}>
          Créer la feuille du plan
        </Button>
      </div>
      {confirming && (
        <ReplaceGuard sheets={[PLAN_SHEET]} onConfirm={() => void create(true)} onCancel={() => setConfirming(false)} />
      )}
      <ActionStatus state={state} busyLabel="Lecture du plan…" failureTitle="Le plan n'a pas pu être lu" />
      {notice && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <ResultBar title="Plan vérifié" findings={result.findings} />
          <Text>{`${result.plan.project.title} — dépenses (${result.plan.basis}) : ${result.totals.depenses} ; financements : ${result.totals.financements}.`}</Text>
          <FindingsList findings={result.findings} onSelect={(f) => select(result, f)} />
          <Suspense fallback={null}>
            <PlanBudgetGaps plan={result.plan} />
          </Suspense>
        </>
      )}
    </div>
  );
}
