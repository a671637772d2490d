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
  /** Statuses asked for; by default the offered clauses (validated ones and the team's proposals, see `isOffered`). */
  readonly statuses?: readonly ClauseStatus[];
}

export interface ClauseLibrary {
  /** The latest version of each clause among the statuses asked for, in legal order. */
  list(query?: ClauseQuery): Clause[];
  /** A given version, or the latest offered one. */
  get(id: string, version?: number): Clause | undefined;
  /** Every version of a clause, oldest first. */
  history(id: string): Clause[];
  /** The offered clauses of a complete act, in legal order; each keeps its status, for the pane to say which are validated. */
  assembleSkeleton(actType: ActType, subject: Subject): SkeletonPart[];
  /** The latest offered version newer than the one inserted in a document, if any. */
  newerVersion(id: string, version: number): Clause | undefined;
}

/**
 * What the library offers without being asked: the versions a référent of the network validated, and the team's own
 * proposals (the built-in catalog, shipped « proposée par l'équipe » until a référent validates them). A network
 * member's proposal, a draft, a withdrawn version or a flagged one is shown only on demand.
 */
export function isOffered(clause: Clause): boolean {
  if (clause.status === "validee") return true;
  return clause.status === "proposee" && clause.origin === undefined && (clause.flags?.length ?? 0) === 0;
}

function fitsSubject(clause: Clause, subject: Subject): boolean {
  if (clause.subjects.length > 0) return clause.subjects.includes(subject);
  return clause.actTypes.includes(SUBJECTS[subject].actType);
}

/** A library over any store of clause versions (the seed catalog today, the shared data layer tomorrow). */
export function createClauseLibrary(versions: readonly Clause[]): ClauseLibrary {
  const byId = new Map<string, Clause[]>();
  for (const clause of versions) byId.set(clause.id, [...(byId.get(clause.id) ?? []), clause]);
  for (const list of byId.values()) list.sort((a, b) => a.version - b.version);

  const latest = (id: string, keep: (c: Clause) => boolean): Clause | undefined =>
    (byId.get(id) ?? []).filter(keep).at(-1);
  const current = (keep: (c: Clause) => boolean): Clause[] =>
    [...byId.keys()].map((id) => latest(id, keep)).filter((c): c is Clause => c !== undefined);
  const withStatus = (statuses: readonly ClauseStatus[]) => (c: Clause) => statuses.includes(c.status);

  return {
    list(query = {}) {
      const terms = queryTerms(query.text ?? "");
      return current(query.statuses ? withStatus(query.statuses) : isOffered)
        .filter((c) => query.actType === undefined || c.actTypes.includes(query.actType))
        .filter((c) => query.subject === undefined || fitsSubject(c, query.subject))
        .filter((c) => query.kind === undefined || c.kind === query.kind)
        .filter((c) => matchesText(c, terms))
        .sort(compareLegalOrder);
    },
    get(id, version) {
      return version === undefined ? latest(id, isOffered) : byId.get(id)?.find((c) => c.version === version);
    },
    history(id) {
      return [...(byId.get(id) ?? [])];
    },
    assembleSkeleton(actType, subject) {
      return assembleSkeletonFrom(current(isOffered), actType, subject);
    },
    newerVersion(id, version) {
      const newest = latest(id, isOffered);
      return newest && newest.version > version ? newest : undefined;
    },
  };
}
