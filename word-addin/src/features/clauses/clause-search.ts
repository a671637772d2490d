import { SUBJECTS, compareLegalOrder, isOffered, isSubject, subjectsOf } from "@shared/domain/acts/clauses";
import type { ActType, Clause, ClauseKind, ClauseLibrary, ClauseStatus, Subject } from "@shared/domain/acts/clauses";
import { KIND_LABELS } from "../../app/labels";

/** The pane's filters: an empty string is « all ». */
export interface ClauseFilters {
  readonly actType: ActType | "";
  readonly subject: Subject | "";
  readonly kind: ClauseKind | "";
  readonly text: string;
  /** Drafts, network proposals and withdrawn versions too. */
  readonly showAll: boolean;
}

const ALL_STATUSES: readonly ClauseStatus[] = ["brouillon", "proposee", "validee", "retiree"];
const isFlagged = (clause: Clause): boolean => (clause.flags?.length ?? 0) > 0;
export const KINDS = Object.keys(KIND_LABELS) as ClauseKind[];

/** The clauses the filters find, each version once, in legal order then by version. */
export function searchClauses(library: ClauseLibrary, filters: ClauseFilters): Clause[] {
  const { actType, subject, kind, text, showAll } = filters;
  const query = { ...(actType ? { actType } : {}), ...(subject ? { subject } : {}), ...(kind ? { kind } : {}), text };
  // Validated versions and the team's proposals, each marked with what it is.
  const offered = library.list(query);
  // A network clause the checker flags is always shown, marked, so that nobody takes it for a missing one.
  const flagged = library.list({ ...query, statuses: ["proposee"] }).filter(isFlagged);
  // Drafts, network proposals and withdrawn versions, each marked: a newer draft and a retired version both show.
  const others = showAll
    ? library
        .list({ ...query, statuses: ALL_STATUSES })
        .flatMap((c) => library.history(c.id).filter((v) => !isOffered(v)))
    : [];
  const unique = new Map([...offered, ...flagged, ...others].map((c) => [clauseKey(c), c]));
  return [...unique.values()].sort((a, b) => compareLegalOrder(a, b) || a.version - b.version);
}

/** One version of one clause. */
export const clauseKey = (clause: Pick<Clause, "id" | "version">): string => `${clause.id}:${clause.version}`;

/** The subjects offered: those of the act type chosen, or all. */
export const subjectsFor = (actType: ActType | ""): Subject[] =>
  actType ? subjectsOf(actType) : (Object.keys(SUBJECTS) as Subject[]);

/** Choosing an act type drops a subject of the other type, which would find nothing. */
export function withActType(filters: ClauseFilters, value: string): ClauseFilters {
  const actType = value === "deliberation" || value === "arrete" ? value : "";
  const stale = actType !== "" && filters.subject !== "" && SUBJECTS[filters.subject].actType !== actType;
  return { ...filters, actType, ...(stale ? { subject: "" as const } : {}) };
}

export const kindOf = (value: string): ClauseKind | "" => KINDS.find((k) => k === value) ?? "";
export const subjectOf = (value: string): Subject | "" => (isSubject(value) ? value : "");

/** An offered clause is named by its title; another version says which one it is. */
export const clauseLabel = (clause: Clause): string =>
  isOffered(clause) ? clause.title : `${clause.title} (v${clause.version})`;

export const countLabel = (count: number): string => `${count} clause${count > 1 ? "s" : ""}`;
