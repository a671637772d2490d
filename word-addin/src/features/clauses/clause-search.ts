import {
  SUBJECTS,
  compareLegalOrder,
  isOffered,
  isSubject,
  subjectsOf,
  suggestTexts,
  vocabularyOf,
} from "@shared/domain/acts/clauses";
import type {
  ActType,
  Clause,
  ClauseKind,
  ClauseLibrary,
  ClauseStatus,
  Subject,
  TextSuggestion,
} from "@shared/domain/acts/clauses";
import { countOf, frenchSpacing } from "@shared/ui/i18n/typography";
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

export const countLabel = (count: number): string => countOf(count, "clause");

/** Another search for a query that found nothing: another text, or the same text without the filters. */
export type SearchSuggestion =
  TextSuggestion | { readonly reason: { readonly kind: "filters" }; readonly count: number };

const VOCABULARIES = new WeakMap<ClauseLibrary, string[]>();
function vocabulary(library: ClauseLibrary): string[] {
  let words = VOCABULARIES.get(library);
  if (!words) {
    words = vocabularyOf(library.list({ statuses: ALL_STATUSES }));
    VOCABULARIES.set(library, words);
  }
  return words;
}

/**
 * What to search when the filters find nothing: the text alone if the filters hid its clauses, then the text
 * corrected or shortened. Nothing while the text is empty: the filters alone are the secretary's explicit choice.
 */
export function searchSuggestions(library: ClauseLibrary, filters: ClauseFilters): SearchSuggestion[] {
  if (filters.text.trim() === "") return [];
  const unfiltered = { ...filters, actType: "" as const, subject: "" as const, kind: "" as const };
  const filtered = filters.actType !== "" || filters.subject !== "" || filters.kind !== "";
  const withoutFilters = filtered ? searchClauses(library, unfiltered).length : 0;
  if (withoutFilters > 0) return [{ reason: { kind: "filters" }, count: withoutFilters }];
  return suggestTexts(
    filters.text,
    vocabulary(library),
    (text) => searchClauses(library, { ...unfiltered, text }).length,
  );
}

/** The filters a suggestion leads to. */
export function applySuggestion(filters: ClauseFilters, suggestion: SearchSuggestion): ClauseFilters {
  const unfiltered = { ...filters, actType: "" as const, subject: "" as const, kind: "" as const };
  return "text" in suggestion ? { ...unfiltered, text: suggestion.text } : unfiltered;
}

/** A suggestion as the button says it. */
export function suggestionLabel(suggestion: SearchSuggestion): string {
  const found = countOf(suggestion.count, "clause");
  if (!("text" in suggestion)) return `Chercher dans toutes les clauses, sans les filtres (${found})`;
  const { reason, text } = suggestion;
  return frenchSpacing(
    reason.kind === "spelling"
      ? `Vouliez-vous dire « ${text} » ? (${found})`
      : `Sans « ${reason.word} » : « ${text} » (${found})`,
  );
}
