import { Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "@shared/domain/rules";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { BalanceSummary } from "@shared/ui/components/BalanceSummary";
import { FindingsList } from "@shared/ui/components/FindingsList";
import { ResultBar } from "@shared/ui/components/ResultBar";
import type { MarkBoard } from "../../app/mark-board";
import { Notice } from "../../common/Notice";
import { mainColumn } from "./balance";
import { balanceCaption, balanceRows, findingGroups } from "./budget-check-view";
import type { BudgetCheck } from "./check-workbook";
import { useBudgetCheck } from "./use-budget-check";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** "Vérifier le budget": the balance of each section, then its findings; a finding selects its cells. */
export function BudgetCheckView({ marks }: { marks: MarkBoard }) {
  const styles = useStyles();
  const { state, notice, check, select } = useBudgetCheck(marks);
  return (
    <div className={styles.root}>
      <Button appearance="primary" onClick={() => void check()} disabled={state.status === "busy"}>
        Vérifier le budget
      </Button>
      <ActionStatus state={state} busyLabel="Vérification du budget…" failureTitle="Le budget n'a pas pu être lu" />
      <Notice text={notice} />
      {state.status === "done" && <BudgetResult result={state.value} onSelect={(f) => void select(state.value, f)} />}
    </div>
  );
}

function BudgetResult({ result, onSelect }: { result: BudgetCheck; onSelect: (finding: Finding) => void }) {
  const styles = useStyles();
  return (
    <>
      <ResultBar title="Vérification terminée" findings={result.findings} />
      <BalanceSummary caption={balanceCaption(mainColumn(result.document))} rows={balanceRows(result.balances)} />
      {findingGroups(result.findings).map(({ title, findings }) => (
        <section key={title} className={styles.group} aria-label={title}>
          <Subtitle2 as="h2">{title}</Subtitle2>
          <FindingsList findings={findings} onSelect={onSelect} />
        </section>
      ))}
    </>
  );
}
