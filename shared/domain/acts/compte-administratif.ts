import type { CompteAdministratifEvidence, Fact, PointEvidence } from "../council/evidence";
import type { ParsedAct, Span, TextPart } from "./model";
import { at, evidenceOf, lineAt } from "./rule-support/support";

/** The délibération that votes a compte administratif (or CFU), not one that only speaks of its vote. */
const VOTED =
  /deliberant sur (?:le |les )?comptes? (?:administratifs?|financiers? uniques?)|\b(?:approuve|adopte|arrete|vote)n?t? (?:a l'unanimite |a la majorite )?(?:le |les )?comptes? (?:administratifs?|financiers? uniques?)|comptes? (?:administratifs?|financiers? uniques?)\b[^.\n]{0,80}\b(?:est|sont) (?:approuves?|adoptes?|arretes?|votes?)\b/g;
/** « Après avoir approuvé le compte administratif » (the affectation du résultat) recalls a vote held before. */
const VOTED_BEFORE = /(?:apres avoir|ayant|qui a|deja|vu la deliberation[^.;\n]{0,80})\s*$/;
/** « Sous la présidence de M. X, <qualité>, délibérant sur le compte administratif » names who presided its vote. */
const PRESIDED_BY =
  /(?:sous la presidence de|presidee? par)\s+([^\n]{1,160}?)\s*,?\s*deliberant sur (?:le |les )?comptes? (?:administratifs?|financiers? uniques?)/;
/** Another president put at the head of the compte's vote, in the words communes use. */
const OTHER_PRESIDENT =
  /\belue? (?:a l'unanimite )?(?:comme )?president(?:e)?(?: de (?:la )?seance)?|\b(?:elit|designe)\b[^.\n]{0,60}president(?:e)?|\b(?:prend|assure|cede|laisse|confie)(?: [^.\n]{0,40})? la presidence\b|presidence (?:de la seance )?(?:est )?confiee\b|\bdoyen(?:ne)? d'age\b/;
/** The maire, named before his title or not, leaving the vote; « M. » and « Mme. » do not end the sentence. */
const WITHDREW =
  /\bmaire\b(?:[^.\n]|(?<=\b(?:m|mme|mm))\.){0,80}?(?:s'(?:est |etant )retiree?|\bse retire\b|(?:ayant |a )?quitte la (?:salle|seance)|\bsort(?:ie?)? de la salle|\best sortie? de la salle|ne prend pas part au vote|ne prenant pas part au vote|n'a pas pris part au vote|ne participe pas au vote|ne participant pas au vote|n'a pas participe au vote|ne vote pas|ne votant pas)|(?:hors de la presence|en l'absence) d[eu] (?:m\. |monsieur |madame |mme )?(?:le |la )?maire/;
/** How far around the compte's decision a procès-verbal of several points still speaks of it. */
const BEFORE = 2000;
const AFTER = 4000;
const MAIRE = /\bmaire\b/;
const NOT_MAIRE = /\b(?:adjointe?|doyen(?:ne)?|conseill(?:er|ere)|president(?:e)? de (?:la )?commission)\b/;
const TITLES = /^(?:monsieur|madame|mademoiselle|maire|adjoint|adjointe|conseiller|conseillère)$/;

/** The first match of `pattern` between two offsets of the folded text, as a part of the source. */
function findBetween(act: ParsedAct, pattern: RegExp, from: number, to: number): TextPart | undefined {
  const m = pattern.exec(act.folded.slice(from, to));
  if (!m) return undefined;
  const start = from + m.index;
  const end = start + m[0].length;
  return { line: lineAt(act, start), start, end, text: act.text.slice(start, end) };
}

function fact<T>(act: ParsedAct, value: T, span: Span): Fact<T> {
  return { value, at: at(span), evidence: evidenceOf(act, span) };
}

/** Surnames and first names as written (« Monsieur BORD », « Mme GENERMONT Annie »), lower-cased. */
function names(words: string): string[] {
  return [...words.matchAll(/\b[A-ZÀ-Ý][A-Za-zÀ-ÿ'-]{2,}/g)]
    .map((m) => m[0].toLowerCase())
    .filter((word) => !TITLES.test(word));
}

/** Whether the words naming who presided name the maire: his title, or the name the séance's president bears. */
function namesMaire(act: ParsedAct, who: TextPart): boolean {
  const folded = act.folded.slice(who.start, who.end);
  if (NOT_MAIRE.test(folded)) return false;
  if (MAIRE.test(folded)) return true;
  const head = act.president;
  if (!head || !MAIRE.test(act.folded.slice(head.start, head.end))) return false;
  const maire = names(head.text);
  return names(who.text).some((name) => maire.includes(name));
}

/**
 * The vote of a compte administratif as the text shows it (L2121-14): who presided it, read in « sous la présidence
 * de …, délibérant sur le compte administratif » or guessed from the séance's president when nothing puts another
 * at its head; and whether the maire withdrew, read or left unsaid.
 */
export function compteAdministratifPoint(act: ParsedAct): PointEvidence | undefined {
  const vote = [...act.folded.matchAll(VOTED)].find(
    (m) => !VOTED_BEFORE.test(act.folded.slice(Math.max(0, m.index - 120), m.index)),
  );
  if (!vote) return undefined;
  const voted = { line: lineAt(act, vote.index), start: vote.index, end: vote.index + vote[0].length };
  const from = Math.max(0, voted.start - BEFORE);
  const to = voted.end + AFTER;
  const withdrew = findBetween(act, WITHDREW, from, to);
  const presidedBy = PRESIDED_BY.exec(act.folded.slice(from, to));
  const head = act.president;
  let presidedByMaire: Fact<boolean> | undefined;
  if (presidedBy?.[1] !== undefined) {
    const start = from + presidedBy.index + presidedBy[0].indexOf(presidedBy[1]);
    const end = start + presidedBy[1].length;
    const who = { line: lineAt(act, start), start, end, text: act.text.slice(start, end) };
    presidedByMaire = fact(act, namesMaire(act, who), who);
  } else if (
    head &&
    !findBetween(act, OTHER_PRESIDENT, from, to) &&
    MAIRE.test(act.folded.slice(head.start, head.end)) &&
    !NOT_MAIRE.test(act.folded.slice(head.start, head.end))
  )
    presidedByMaire = fact(act, true, { ...head, how: "inferred" });
  const ca: CompteAdministratifEvidence = {
    ...(presidedByMaire ? { presidedByMaire } : {}),
    ...(withdrew ? { maireTookPart: fact(act, false, withdrew) } : {}),
  };
  return { subject: act.text.slice(voted.start, voted.end), at: at(voted), compteAdministratif: ca };
}
