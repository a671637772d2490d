import { Button, Caption1, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { actSubject, checkAct } from "@shared/domain/acts";
import type { ActReport } from "@shared/domain/acts";
import { countBySeverity, worstSeverity } from "@shared/domain/common/severity";
import type { Finding } from "@shared/domain/rules";
import type { ActParagraph } from "@shared/ports/act-document";
import { FindingsList } from "@shared/ui/components/FindingsList";
import { fr } from "@shared/ui/i18n/fr";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { ACT_TYPE_LABELS } from "../../app/labels";
import { useServices } from "../../app/services";
import { useDocumentAction } from "../../app/use-document-action";
import { splitFindings } from "./to-verify";

/** The result bar takes the colour of the worst finding: red for an error, amber for a warning. */
const BAR_INTENT = { error: "error", warning: "warning", info: "info" } as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

interface Checked {
  readonly report: ActReport;
  readonly paragraphs: readonly ActParagraph[];
  readonly sure: readonly Finding[];
  readonly toVerify: readonly Finding[];
  /** The TDT rules on the record the text fills: what the @CTES envelope would lack if sent as it is. */
  readonly envelope: readonly Finding[];
}

/**
 * The envelope's metadata as far as the text gives them. The publication mode plays no part in the TDT rules, and
 * the numéros of the commune's other acts are checked when the dossier is built, from the Actes list.
 */
async function envelopeFindings(report: ActReport, today: string): Promise<Finding[]> {
  // Its own chunk: the pane's first display does not carry the envelope's rules and nomenclature.
  const { checkTransmission, recordFromAct } = await import("@shared/domain/transmission");
  const record = recordFromAct(actSubject(report.act), "electronique");
  return checkTransmission(record, { today, files: false });
}

function summary(findings: readonly Finding[]): string {
  return fr.findings.count(countBySeverity(findings));
}

/** Runs the act checker on the open document; each finding selects the paragraph it concerns. */
export function CheckPanel() {
  const styles = useStyles();
  const { document, clock } = useServices();
  const [checked, setChecked] = useState<Checked>();
  const [action, run] = useDocumentAction();
  const check = () =>
    run(async () => {
      // The paragraphs are joined by "\n", so line N of the checked text is paragraph N − 1.
      const paragraphs = await document.readParagraphs();
      const report = checkAct(paragraphs.map((p) => p.text).join("\n"), { today: clock.today() });
      const envelope = await envelopeFindings(report, clock.today());
      setChecked({ report, paragraphs, ...splitFindings(report.findings), envelope });
      return `Acte vérifié : ${summary(report.findings)}.`;
    });
  const select = (finding: Finding) => {
    const line = finding.at?.line;
    const paragraph = line === undefined ? undefined : checked?.paragraphs[line - 1];
    if (paragraph)
      void run(async () => (await document.selectParagraph(paragraph.index), "Passage sélectionné dans le document."));
  };
  return (
    <div className={styles.root}>
      <Caption1>
        Le vérificateur lit tout le document ouvert et applique les règles du CGCT en vigueur à la date de l'acte.
      </Caption1>
      <Button appearance="primary" onClick={() => void check()} disabled={action.status === "busy"}>
        Vérifier l'acte
      </Button>
      <ActionStatus state={action} busyLabel="Vérification…" describeDone={String} />
      {checked && (
        <section aria-label="Résultat de la vérification" className={styles.root}>
          <Text weight="semibold">{`Acte détecté : ${ACT_TYPE_LABELS[checked.report.kind].toLowerCase()}`}</Text>
          <ResultBar findings={checked.report.findings} />
          <FindingsList findings={checked.sure} onSelect={select} />
          {checked.toVerify.length > 0 && (
            <>
              <Text weight="semibold">À vérifier : ce que le vérificateur a déduit du texte</Text>
              <FindingsList findings={checked.toVerify} onSelect={select} variant="toVerify" />
            </>
          )}
          <section aria-label="Enveloppe de télétransmission" className={styles.root}>
            <Text weight="semibold">Télétransmission : l'enveloppe @CTES de cet acte</Text>
            <FindingsList findings={checked.envelope} label="Constats sur l'enveloppe @CTES" />
          </section>
        </section>
      )}
    </div>
  );
}

function ResultBar({ findings }: { readonly findings: readonly Finding[] }) {
  const worst = worstSeverity(findings);
  return (
    <MessageBar intent={worst ? BAR_INTENT[worst] : "success"} data-testid="check-result-bar">
      <MessageBarBody>{summary(findings)}</MessageBarBody>
    </MessageBar>
  );
}
