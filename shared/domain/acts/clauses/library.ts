import type { ActType, Clause, ClauseKind, ClauseStatus } from "./model";
import { matchesText, queryTerms } from "./search";
import type { SkeletonPart } from "./skeleton";
import { assembleSkeletonFrom, compareLegalOrder } from "./skeleton";
import type { Subject } from "./subjects";
import { SUBJECTS } from "./subjects";

export interface ClauseQuery {
  readonly actType?: ActType;
  /** Clauses written for the subject, plus the generic ones of its act type. */
  readonly subject?: Subject;
  readonly kind?: ClauseKind;
  /** Full-text search, accent- and case-insensitive; every word must appear. */
  readonly text?: string;
  /** Statuses offered; by default only validated clauses. */
  readonly statuses?: readonly ClauseStatus[];
}

export interface ClauseLibrary {
  /** The latest version of each clause among the statuses asked for, in legal order. */
  list(query?: ClauseQuery): Clause[];
  /** A given version, or the latest validated one. */
  get(id: string, version?: number): Clause | undefined;
  /** Every version of a clause, oldest first. */
  history(id: string): Clause[];
  /** The validated clauses of a complete act, in legal order. */
  assembleSkeleton(actType: ActType, subject: Subject): SkeletonPart[];
  /** The latest validated version newer than the one inserted in a document, if any. */
  newerValidatedVersion(id: string, version: number): Clause | undefined;
}

const VALIDATED: readonly ClauseStatus[] = ["validee"];

function fitsSubject(clause: Clause, subject: Subject): boolean {
  if (clause.subjects.length > 0) return clause.subjects.includes(subject);
  return clause.actTypes.includes(SUBJECTS[subject].actType);
}

/** A library over any store of clause versions (the seed catalog today, the shared data layer tomorrow). */
export function createClauseLibrary(versions: readonly Clause[]): ClauseLibrary {
  const byId = new Map<string, Clause[]>();
  for (const clause of versions) byId.set(clause.id, [...(byId.get(clause.id) ?? []), clause]);
  for (const list of byId.values()) list.sort((a, b) => a.version - b.version);

  const latest = (id: string, statuses: readonly ClauseStatus[]): Clause | undefined =>
    (byId.get(id) ?? []).filter((c) => statuses.includes(c.status)).at(-1);
  const current = (statuses: readonly ClauseStatus[]): Clause[] =>
    [...byId.keys()].map((id) => latest(id, statuses)).filter((c): c is Clause => c !== undefined);

  return {
    list(query = {}) {
      const terms = queryTerms(query.text ?? "");
      return current(query.statuses ?? VALIDATED)
        .filter((c) => query.actType === undefined || c.actTypes.includes(query.actType))
        .filter((c) => query.subject === undefined || fitsSubject(c, query.subject))
        .filter((c) => query.kind === undefined || c.kind === query.kind)
        .filter((c) => matchesText(c, terms))
        .sort(compareLegalOrder);
    },
    get(id, version) {
      return version === undefined ? latest(id, VALIDATED) : byId.get(id)?.find((c) => c.version === version);
    },
    history(id) {
      return [...(byId.get(id) ?? [])];
    },
    assembleSkeleton(actType, subject) {
      return assembleSkeletonFrom(current(VALIDATED), actType, subject);
    },
    newerValidatedVersion(id, version) {
      const newest = latest(id, VALIDATED);
      return newest && newest.version > version ? newest : undefined;
    },
  };
}
