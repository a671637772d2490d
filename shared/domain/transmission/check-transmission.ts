import type { Finding } from "../rules";
import { runRules } from "../rules";
import type { ClassificationTable } from "./classification";
import { BASE_CLASSIFICATION } from "./classification";
import type { ActRecord } from "./model";
import { TDT_RULES } from "./rules";

export interface CheckTransmissionOptions {
  /** ISO date whose law applies: the act's date, else today. */
  readonly today: string;
  readonly classification?: ClassificationTable;
  readonly otherNumeros?: readonly string[];
  /**
   * False where the act is still a text being written (the Word pane): its PDF does not exist yet, Word exports it,
   * so the rules on the dossier's files wait for the dossier.
   */
  readonly files?: boolean;
}

/** The rules that judge the dossier's files rather than the envelope's metadata. */
const FILE_RULES: ReadonlySet<string> = new Set(["TDT-PDF", "TDT-TAILLE"]);

/** Every TDT rule on an act's record: the envelope defects, each named, before anything leaves. */
export function checkTransmission(record: ActRecord, options: CheckTransmissionOptions): Finding[] {
  const subject = {
    record,
    classification: options.classification ?? BASE_CLASSIFICATION,
    otherNumeros: options.otherNumeros ?? [],
  };
  const rules = options.files === false ? TDT_RULES.filter((r) => !FILE_RULES.has(r.meta.id)) : TDT_RULES;
  return runRules(rules, subject, { date: record.date ?? options.today });
}

/** Whether the dossier may be exported: no finding at error level. */
export const envelopeReady = (findings: readonly Finding[]): boolean => !findings.some((f) => f.severity === "error");
