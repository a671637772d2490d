import type { WriteOp } from "@shared/data/graph/write-ops";
import type { WriteOutcome } from "@shared/data/graph/repository";
import type {
  AnyList,
  ListDefinition,
  ListKey,
  ParseResult,
  RecordOf,
  Avis,
  Clause,
  ClauseValidation,
  ClauseVersion,
  Commune,
  DataProblem,
  DraftOf,
  Echeance,
  Membre,
  Ouverture,
  Point,
  Presence,
  Acte,
  Subvention,
  Question,
  Reponse,
  Seance,
} from "@shared/data/schema";

/** The records the tab works with, renamed where they would clash with the séance checker's model. */
export type {
  Avis as AvisRecord,
  Clause as ClauseRecord,
  ClauseValidation as ClauseValidationRecord,
  ClauseVersion as ClauseVersionRecord,
  Commune as CommuneRecord,
  DataProblem,
  Echeance as EcheanceRecord,
  Membre as MembreRecord,
  Ouverture as OuvertureRecord,
  Point as PointRecord,
  Presence as PresenceRecord,
  Acte as ActeRecord,
  Subvention as SubventionRecord,
  Question as QuestionRecord,
  Reponse as ReponseRecord,
  Seance as SeanceRecord,
};

export type Where = Readonly<Record<string, string | number | boolean>>;

/**
 * What the tab needs of one list: the data layer's ListRepository satisfies it, and so does the in-memory fake of the
 * component tests. A write whose eTag is not the current one fails with a conflict (Graph's 412).
 */
export interface ListRepo<L extends ListDefinition> {
  items(where?: Where): Promise<ParseResult<RecordOf<L>>>;
  get(id: string): Promise<RecordOf<L>>;
  writeMany(ops: readonly WriteOp<L>[]): Promise<WriteOutcome<L>[]>;
}

export type ListOf<K extends ListKey> = Extract<AnyList, { key: K }>;
export type RecordIn<K extends ListKey> = RecordOf<ListOf<K>>;
export type DraftIn<K extends ListKey> = DraftOf<ListOf<K>>;

export type TeamsData = { readonly [K in ListKey]: ListRepo<ListOf<K>> };
export type { ListKey, WriteOp, WriteOutcome };
