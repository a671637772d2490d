/**
 * The séance checker: the Seance model and its JSON schema, parsing with French errors, and the CM-* rules of
 * shared/spec/rules-seance-actes.yaml.
 */
export { parseSeance, formatPath } from "./parse";
export type { ParseResult } from "./parse";
export { checkSeance } from "./check-seance";
export type { CheckSeanceOptions } from "./check-seance";
export { CONVOCATION_MODES, POINT_KINDS, seanceJsonSchema, seanceSchema } from "./schema";
export type { Point, PointKind, Procuration, Seance } from "./schema";
export type { SeanceSubject } from "./subject";
export { SEANCE_RULES } from "./rules";
