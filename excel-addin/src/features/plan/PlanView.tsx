import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { PLAN_SHEET } from "@shared/io/plan/layout";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { FindingsList } from "@shared/ui/components/FindingsList";
import { ResultBar } from "@shared/ui/components/ResultBar";
import type { MarkBoard } from "../../app/mark-board";
import { Notice } from "../../common/Notice";
import { ReplaceGuard } from "../../app/ReplaceGuard";
import { planTotalsLine } from "./plan-view";
import { usePlan } from "./use-plan";

// Set against the budget after the first check, which loads the plan checker too.
const PlanBudgetGaps = lazy(() => import("./PlanBudgetGaps").then((m) => ({ default: m.PlanBudgetGaps })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** The plan de financement of a subsidised project, on its own sheet, checked by the PLAN-* rules. */
export function PlanView({ marks }: { marks: MarkBoard }) {
  const styles = useStyles();
  const { state, result, confirming, setConfirming, notice, check, create, select } = usePlan(marks);
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
      <Notice text={notice} />
      {result && (
        <>
          <ResultBar title="Plan vérifié" findings={result.findings} />
          <Text>{planTotalsLine(result)}</Text>
          <FindingsList findings={result.findings} onSelect={(f) => select(result, f)} />
          <Suspense fallback={null}>
            <PlanBudgetGaps plan={result.plan} />
          </Suspense>
        </>
      )}
    </div>
  );
}
