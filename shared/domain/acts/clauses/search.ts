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

export function matchesText(clause: Clause, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const text = haystack(clause);
  return terms.every((term) => text.includes(term));
}
