import type { ClassificationTable } from "./classification";
import type { ActRecord } from "./model";

/** What a TDT rule sees: the act's record, the commune's nomenclature, and its other acts' numéros. */
export interface TransmissionSubject {
  readonly record: ActRecord;
  readonly classification: ClassificationTable;
  /** Numéros of the commune's other acts: @CTES refuses a numéro the commune already sent. */
  readonly otherNumeros: readonly string[];
}
