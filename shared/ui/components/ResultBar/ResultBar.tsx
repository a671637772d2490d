import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { countBySeverity, worstSeverity } from "@shared/domain/common/severity";
import type { Finding } from "@shared/domain/rules";
import { fr } from "../../i18n/fr";

/** Red for an error, amber for a warning, blue for information only, green when nothing was found. */
const INTENT = { error: "error", warning: "warning", info: "info" } as const;

export interface ResultBarProps {
  readonly findings: readonly Finding[];
  /** « Vérification terminée », « Contrôle de la séance ». */
  readonly title: string;
}

/** The outcome of a check in one line, coloured by its worst finding: never « 2 erreurs » in green. */
export function ResultBar({ findings, title }: ResultBarProps) {
  const worst = worstSeverity(findings);
  const intent = worst ? INTENT[worst] : "success";
  return (
    <MessageBar intent={intent} data-intent={intent} role="status">
      <MessageBarBody>{`${title} : ${fr.findings.count(countBySeverity(findings))}.`}</MessageBarBody>
    </MessageBar>
  );
}
