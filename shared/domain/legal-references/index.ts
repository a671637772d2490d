/** The one table of the legal references the clauses cite, with their provenance. Pure data and lookups. */
export type { LegalReference, ReferenceConcern, ReferenceStatus } from "./model";
export { REFERENCE_TABLE, REVIEW_DATE } from "./table";
export { inForceOn, referenceConcerns, referenceEntry } from "./concerns";
