/**
 * The act after the vote (issue 14): its record, the @CTES envelope's TDT rules, its status on the way to being
 * exécutoire, and the windows that follow.
 */
export { checkTransmission, envelopeReady } from "./check-transmission";
export type { CheckTransmissionOptions } from "./check-transmission";
export { BASE_CLASSIFICATION, findClassification, parseClassification } from "./classification";
export type { ClassificationEntry, ClassificationParse, ClassificationTable } from "./classification";
export {
  DOSSIER_MAX_BYTES,
  envelopeNumero,
  formatSize,
  hasPdfSignature,
  NUMERO_PATTERN,
  OBJET_MAX,
  proposeNumero,
} from "./envelope";
export { NATURE_CODES, NATURES_ACTES } from "./model";
export type { ActRecord, ActType, BudgetFacts, DossierFile, NatureActe } from "./model";
export { actStatus, executoireMention, receiptDate, recordWindows } from "./status";
export type { ActStatus } from "./status";
export { TDT_RULES } from "./rules";
export type { TransmissionSubject } from "./subject";
export { recordFromAct } from "./from-act";
export { applyRecordPatch, parseRecordPatch, RECORD_LIMITS } from "./record-schema";
export type { RecordPatch, RecordPatchParse } from "./record-schema";
export {
  keepUntil,
  PUBLICATION_MIN_MONTHS,
  publicationSteps,
  removalDateProblem,
  withdrawalProblem,
} from "./publication";
export type { PublicationStep } from "./publication";
export { AR_ID_MAX, checkAcknowledgement } from "./acknowledgement";
export type { AcknowledgementCheck } from "./acknowledgement";
