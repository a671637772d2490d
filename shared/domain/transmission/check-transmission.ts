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
}

/** Every TDT rule on an act's record: the envelope defects, each named, before anything leaves. */
export function checkTransmission(record: ActRecord, options: CheckTransmissionOptions): Finding[] {
  const subject = {
    record,
    classification: options.classification ?? BASE_CLASSIFICATION,
    otherNumeros: options.otherNumeros ?? [],
  };
  return runRules(TDT_RULES, subject, { date: record.date ?? options.today });
}

/** Whether the dossier may be exported: no finding at error level. */
export const envelopeReady = (findings: readonly Finding[]): boolean => !findings.some((f) => f.severity === "error");
