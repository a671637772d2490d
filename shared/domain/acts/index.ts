/**
 * Délibérations and arrêtés as text: the parser, the DEL-*, PUB-*, ARR-* rules and the CM-* rules an act gives
 * evidence for (rules-seance-actes.yaml), and the obsolete references of reference §D.2.
 */
export { parseAct } from "./parse";
export { checkAct } from "./check-act";
export type { ActReport, CheckActOptions } from "./check-act";
export { findObsoleteReferences, OBSOLETE_PATTERNS } from "./obsolete-references";
export type { ObsoletePattern, ObsoleteReference, ObsoleteTopic } from "./obsolete-references";
export { ACT_RULES } from "./rules";
export { actSubject } from "./subject";
export type { ActSubject, CommuneFacts } from "./subject";
export type { Matter } from "./classify";
export type * from "./model";
