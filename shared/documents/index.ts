/** The séance's Word documents, generated from its records, the commune profile and the clause library. Pure. */
export { renderDocx, PROPERTY_KIND } from "./docx-kit";
export type { Block, DocumentSpec, Inline } from "./docx-kit";
export type { AttendanceCounts, EluFacts, PointFacts, SeanceFacts, VoteFacts } from "./seance-facts";
export { attendanceCounts } from "./seance-facts";
export { seanceClauseValues } from "./seance-values";
export type { SourcedValues, ValueSource } from "./seance-values";
export { convocation } from "./convocation";
export { projetDeliberation } from "./projet-deliberation";
export { listeDeliberations } from "./liste-deliberations";
export { procesVerbal } from "./proces-verbal";
export { feuilletCloture } from "./feuillet-cloture";
export { afterSeanceDocuments, documentFileName, preparationDocuments } from "./seance-documents";
export type { PlannedDocument } from "./seance-documents";
