import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "@shared/domain/rules";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { FindingsList } from "@shared/ui/components/FindingsList";
import { ResultBar } from "@shared/ui/components/ResultBar";
import { ACT_TYPE_LABELS } from "../../app/labels";
import type { Checked } from "./check-result";
import { useCheck } from "./use-check";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

/** Runs the act checker on the open document; each finding selects the paragraph it concerns. */
export function CheckPanel() {
  const styles = useStyles();
  const { checked, action, check, select } = useCheck();
  return (
    <div className={styles.root}>
      <Caption1>
        Le vérificateur lit tout le document ouvert et applique les règles du CGCT en vigueur à la date de l'acte.
      </Caption1>
      <Button appearance="primary" onClick={() => void check()} disabled={action.status === "busy"}>
        Vérifier l'acte
      </Button>
      <ActionStatus state={action} busyLabel="Vérification…" describeDone={String} />
      {checked && <CheckResult checked={checked} onSelect={select} />}
    </div>
  );
}

function CheckResult({ checked, onSelect }: { checked: Checked; onSelect: (finding: Finding) => void }) {
  const styles = useStyles();
  return (
    <section aria-label="Résultat de la vérification" className={styles.root}>
      <Text weight="semibold">{`Acte détecté : ${ACT_TYPE_LABELS[checked.report.kind].toLowerCase()}`}</Text>
      <ResultBar title="Acte vérifié" findings={checked.report.findings} />
      <FindingsList findings={checked.sure} onSelect={onSelect} />
      {checked.toVerify.length > 0 && (
        <>
          <Text weight="semibold">À vérifier : ce que le vérificateur a déduit du texte</Text>
          <FindingsList findings={checked.toVerify} onSelect={onSelect} variant="toVerify" />
        </>
      )}
      <section aria-label="Enveloppe de télétransmission" className={styles.root}>
        <Text weight="semibold">Télétransmission : l'enveloppe @CTES de cet acte</Text>
        <FindingsList findings={checked.envelope} label="Constats sur l'enveloppe @CTES" />
      </section>
    </section>
  );
}
