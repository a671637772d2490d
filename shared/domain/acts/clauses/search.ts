import { foldText } from "../../common/fold";
import type { Clause } from "./model";
import { SUBJECTS } from "./subjects";

const HAYSTACKS = new WeakMap<Clause, string>();

/** The words a secretary may type to find a clause: title, text, references, subjects (folded once per clause). */
function haystack(clause: Clause): string {
  let text = HAYSTACKS.get(clause);
  if (text === undefined) {
    const subjects = clause.subjects.map((s) => `${s} ${SUBJECTS[s].label}`);
    text = compact(
      foldText([clause.id, clause.title, clause.template, ...clause.references, ...subjects, clause.kind].join(" \n ")),
    );
    HAYSTACKS.set(clause, text);
  }
  return text;
}

/** The folded words of a clause, as its search reads them. */
export function clauseWords(clause: Clause): string[] {
  return haystack(clause)
    .split(/[^a-z0-9-]+/)
    .filter((w) => w.length > 0);
}

/** "l 2122-22" and "L2122-22" both find "L. 2122-22": article numbers are compared without dots and spaces. */
function compact(text: string): string {
  return text.replace(/\b([lrd])\.? ?(\d)/g, "$1$2").replace(/\s+/g, " ");
}

/** Terms of a query, accent- and case-insensitive; every term must appear. */
export function queryTerms(query: string): string[] {
  return compact(foldText(query))
    .split(/[\s,;:'’"«»()]+/)
    .filter((t) => t.length > 0);
}

/**
 * Words secretaries type for what the clauses say otherwise (folded, singular). Kept short and certain: a synonym
 * that widens a search too much is worse than none.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  delib: ["deliberation"],
  cm: ["conseil municipal"],
  tarif: ["prix", "redevance"],
  prix: ["tarif"],
  aide: ["subvention"],
  agent: ["personnel", "emploi"],
  poste: ["emploi"],
  // Not « voie »: « voies et délais de recours » would answer every search for a road.
  route: ["voirie"],
  rue: ["voirie"],
  stationnement: ["stationner"],
  contentieux: ["recours"],
  loyer: ["bail", "location"],
};

/**
 * « visas » → « visa », « municipaux » → « municipal », « bureaux » → « bureau »: a secretary types the plural the
 * clause does not use. A word whose singular ends in x (« prix ») stays as it is.
 */
export function singularOf(term: string): string {
  if (term.length < 4) return term;
  if (term.endsWith("aux") && !term.endsWith("eaux")) return `${term.slice(0, -3)}al`;
  if (/(?:eau|eu|ou)x$/.test(term) || term.endsWith("s")) return term.slice(0, -1);
  return term;
}

/** What a typed term may stand for in a clause: itself, its singular, and their synonyms. */
export function termForms(term: string): string[] {
  const singular = singularOf(term);
  return [...new Set([term, singular, ...(SYNONYMS[term] ?? []), ...(SYNONYMS[singular] ?? [])])];
}

export function matchesText(clause: Clause, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const text = haystack(clause);
  return terms.every((term) => termForms(term).some((form) => text.includes(form)));
}
