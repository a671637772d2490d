import type { RecordOf } from "./define-list";
import type {
  actes,
  avis,
  clauses,
  clauseVersions,
  communes,
  echeances,
  membres,
  ouvertures,
  points,
  presences,
  questions,
  reponses,
  seances,
  subventions,
  validationsClauses,
} from "./lists";

/** The typed records pages work with. */
export type Commune = RecordOf<typeof communes>;
export type Membre = RecordOf<typeof membres>;
export type Seance = RecordOf<typeof seances>;
export type Point = RecordOf<typeof points>;
export type Avis = RecordOf<typeof avis>;
export type Ouverture = RecordOf<typeof ouvertures>;
export type Clause = RecordOf<typeof clauses>;
export type ClauseVersion = RecordOf<typeof clauseVersions>;
export type Question = RecordOf<typeof questions>;
export type Reponse = RecordOf<typeof reponses>;
export type Echeance = RecordOf<typeof echeances>;
export type Presence = RecordOf<typeof presences>;
export type Acte = RecordOf<typeof actes>;
export type Subvention = RecordOf<typeof subventions>;
export type ClauseValidation = RecordOf<typeof validationsClauses>;
