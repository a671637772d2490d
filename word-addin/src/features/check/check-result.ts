import { actSubject } from "@shared/domain/acts";
import type { ActReport } from "@shared/domain/acts";
import type { Finding } from "@shared/domain/rules";
import type { ActParagraph } from "@shared/ports/act-document";
import { splitFindings } from "./to-verify";

/** What the pane shows after a check: the act's report, its findings split, and the @CTES envelope's. */
export interface Checked {
  readonly report: ActReport;
  readonly paragraphs: readonly ActParagraph[];
  readonly sure: readonly Finding[];
  readonly toVerify: readonly Finding[];
  /** The TDT rules on the record the text fills: what the @CTES envelope would lack if sent as it is. */
  readonly envelope: readonly Finding[];
}

export function checkedOf(
  report: ActReport,
  paragraphs: readonly ActParagraph[],
  envelope: readonly Finding[],
): Checked {
  return { report, paragraphs, ...splitFindings(report.findings), envelope };
}

/** The paragraphs are joined by "\n" for the checker, so line N of the checked text is paragraph N − 1. */
export function paragraphOf(finding: Finding, paragraphs: readonly ActParagraph[]): ActParagraph | undefined {
  const line = finding.at?.line;
  return line === undefined ? undefined : paragraphs[line - 1];
}

/**
 * The envelope's metadata as far as the text gives them. The publication mode plays no part in the TDT rules, and
 * the numéros of the commune's other acts are checked when the dossier is built, from the Actes list.
 */
export async function envelopeFindings(report: ActReport, today: string): Promise<Finding[]> {
  // Its own chunk: the pane's first display does not carry the envelope's rules and nomenclature.
  const { checkTransmission, recordFromAct } = await import("@shared/domain/transmission");
  const record = recordFromAct(actSubject(report.act), "electronique");
  return checkTransmission(record, { today, files: false });
}
