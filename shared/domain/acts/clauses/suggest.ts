import type { Clause } from "./model";
import { clauseWords, queryTerms, termForms } from "./search";

/** What the pane may propose when a search finds nothing: another text, and how many clauses it would find. */
export interface TextSuggestion {
  /** The query to search instead, as the secretary would type it. */
  readonly text: string;
  /** Why: misspelt words corrected, or a word left out. */
  readonly reason:
    | { readonly kind: "spelling"; readonly corrections: readonly Correction[] }
    | { readonly kind: "without"; readonly word: string };
  readonly count: number;
}

export interface Correction {
  readonly typed: string;
  readonly word: string;
}

/** At most this many proposals: a list of ten alternatives is a second search to read. */
const MAX_SUGGESTIONS = 3;
/** Words shorter than this are articles and prepositions: correcting them proposes noise. */
const MIN_WORD = 4;

/** The words of the clauses, each once: what a misspelt term is compared with. */
export function vocabularyOf(clauses: readonly Clause[]): string[] {
  const words = new Set<string>();
  for (const clause of clauses) for (const word of clauseWords(clause)) if (word.length >= MIN_WORD) words.add(word);
  return [...words].sort();
}

/**
 * Edit distance with transpositions (optimal string alignment), stopped once it exceeds `limit`: « deliberaiton » is
 * one step from « deliberation », as the secretary's fingers made it.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** A short word tolerates one slip, a longer one two: « bial » is not « bail » plus anything. */
const toleranceOf = (term: string): number => (term.length <= 5 ? 1 : 2);

/** The closest word of the vocabulary to a term none of whose forms appear in it, or nothing close enough. */
export function closestWord(term: string, vocabulary: readonly string[]): string | undefined {
  if (term.length < MIN_WORD) return undefined;
  const limit = toleranceOf(term);
  let best: { word: string; distance: number } | undefined;
  for (const word of vocabulary) {
    const distance = editDistance(term, word, limit);
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { word, distance };
  }
  return best?.word;
}

/**
 * Other searches for a query that found nothing: each unknown word corrected to the closest word of the clauses, or
 * the query without one of its words, kept only if it finds something, the most fruitful first.
 */
export function suggestTexts(
  query: string,
  vocabulary: readonly string[],
  count: (text: string) => number,
): TextSuggestion[] {
  const terms = queryTerms(query);
  const known = (term: string) => termForms(term).some((form) => vocabulary.some((word) => word.includes(form)));
  const candidates: Omit<TextSuggestion, "count">[] = [];
  const corrected = terms.map((term) => (known(term) ? term : (closestWord(term, vocabulary) ?? term)));
  const corrections = terms.flatMap((typed, i) => {
    const word = corrected[i] ?? typed;
    return word === typed ? [] : [{ typed, word }];
  });
  if (corrections.length > 0) candidates.push({ text: corrected.join(" "), reason: { kind: "spelling", corrections } });
  if (terms.length > 1)
    terms.forEach((word, i) =>
      candidates.push({ text: terms.filter((_, j) => j !== i).join(" "), reason: { kind: "without", word } }),
    );
  const seen = new Set<string>();
  return candidates
    .filter((c) => !seen.has(c.text) && seen.add(c.text))
    .map((c) => ({ ...c, count: count(c.text) }))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_SUGGESTIONS);
}
