import { Button, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "@shared/domain/rules";
import { BalanceSummary } from "@shared/ui/components/BalanceSummary";
import { FindingsList } from "@shared/ui/components/FindingsList";
import { ResultBar } from "@shared/ui/components/ResultBar";
import { mainColumn } from "./balance";
import type { BudgetCheck } from "./check-workbook";
import { checkWorkbookBudget } from "./check-workbook";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import type { MarkBoard } from "../../app/mark-board";
import { useServices } from "../../app/services";
import { messageOf } from "@shared/ui/hooks/async-state";
import { useAction } from "@shared/ui/hooks/use-action";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const SECTIONS = [
  { key: "F", title: "Section de fonctionnement" },
  { key: "I", title: "Section d'investissement" },
] as const;

/** "Vérifier le budget": the balance of each section, then its findings; a finding selects its cells. */
export function BudgetCheckView({ marks }: { marks: MarkBoard }) {
  const styles = useStyles();
  const { workbook, clock } = useServices();
  const [state, run] = useAction<BudgetCheck>();
  const [notice, setNotice] = useState<string | null>(null);
  const check = () => {
    setNotice(null);
    return run(async () => {
      const result = await checkWorkbookBudget(workbook, clock.today());
      await marks.replace("budget", result.marks);
      return result;
    });
  };
  const select = async (result: BudgetCheck, finding: Finding) => {
    const [first] = result.cellsOf(finding);
    if (!first) {
      setNotice("Cette anomalie ne désigne aucune ligne du budget.");
      return;
    }
    setNotice(null);
    await workbook.selectCell(first.sheet, first.address).catch((error: unknown) => setNotice(messageOf(error)));
  };
  const result = state.status === "done" ? state.value : null;
  return (
    <div className={styles.root}>
      <Button appearance="primary" onClick={() => void check()} disabled={state.status === "busy"}>
        Vérifier le budget
      </Button>
      <ActionStatus state={state} busyLabel="Vérification du budget…" failureTitle="Le budget n'a pas pu être lu" />
      {notice && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <ResultBar title="Vérification terminée" findings={result.findings} />
          <BalanceSummary
            caption={`Équilibre des sections (${mainColumn(result.document) === "realise" ? "réalisé" : "crédits votés"})`}
            rows={result.balances.map((b) => ({
              label: b.section === "F" ? "Fonctionnement" : "Investissement",
              depenses: b.depenses,
              recettes: b.recettes,
            }))}
          />
          {SECTIONS.map(({ key, title }) => (
            <section key={key} className={styles.group} aria-label={title}>
              <Subtitle2 as="h2">{title}</Subtitle2>
              <FindingsList
                findings={result.findings.filter((f) => f.at?.section === key)}
                onSelect={(f) => void select(result, f)}
              />
            </section>
          ))}
          <section className={styles.group} aria-label="Document et contrôles généraux">
            <Subtitle2 as="h2">Document et contrôles généraux</Subtitle2>
            <FindingsList
              findings={result.findings.filter((f) => f.at?.section === undefined)}
              onSelect={(f) => void select(result, f)}
            />
          </section>
        </>
      )}
    </div>
  );
}
