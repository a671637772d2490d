import type { Evidence, Location, Rule } from "../../rules";
import { defineRule } from "../../rules";
import type { ActPart, DatePart, ParsedAct, Span, TextPart } from "../model";
import type { ObsoleteReference, ObsoleteTopic } from "../obsolete-references";
import type { ActSubject } from "../subject";

export type ActRule = Rule<ActSubject>;

export function defineActRule<MessageId extends string>(
  rule: Rule<ActSubject, MessageId>,
): Rule<ActSubject, MessageId> {
  return defineRule(rule);
}

/** Where a finding points in the source text. */
export function at(span: Span | undefined): Location | undefined {
  return span ? { line: span.line, start: span.start, end: span.end } : undefined;
}

/** Longest quotation of the act in a finding: a line of a register can be a whole paragraph. */
const MAX_QUOTE = 160;

/** The words of the act's line(s) a fact was read on, trimmed to a readable quotation. */
export function quote(act: ParsedAct, span: Span): string {
  const from = act.lines[span.line - 1]?.start ?? span.start;
  const to = act.lines[lineAt(act, Math.max(span.start, span.end - 1)) - 1]?.end ?? span.end;
  const words = act.text.slice(from, to).replace(/\s+/g, " ").trim();
  return words.length > MAX_QUOTE ? `${words.slice(0, MAX_QUOTE - 1)}…` : words;
}

/**
 * What a finding rests on: labelled only when every fact was read after its label; inferred as soon as one was
 * guessed, quoting the line of the guessed one; absent when a fact is missing.
 */
export function evidenceOf(act: ParsedAct, ...parts: readonly (Span | undefined)[]): Evidence {
  if (parts.some((p) => p === undefined)) return { kind: "absent" };
  const guessed = parts.find((p) => p?.how === "inferred");
  return guessed
    ? { kind: "inferred", read: quote(act, guessed) }
    : { kind: "labelled", read: quote(act, parts[0] as Span) };
}

export const PART_LABELS: Readonly<Record<ActPart, string>> = {
  commune: "nom de la commune",
  numero: "numéro de l'acte",
  objet: "objet",
  date: "date",
  heure: "heure de la séance",
  lieu: "lieu de la séance",
  president: "président de séance",
  convocation: "date de convocation",
  enExercice: "nombre de conseillers en exercice",
  presents: "nombre de présents",
  votants: "nombre de votants",
  listePresents: "liste des présents",
  secretaire: "secrétaire de séance",
  visas: "visas",
  considerants: "considérants",
  dispositif: "dispositif",
  articles: "articles numérotés",
  vote: "résultat du vote",
  faitA: "mention « Fait à …, le … »",
  signataire: "signataire",
  recours: "voies et délais de recours",
  transmission: "transmission en préfecture",
  publication: "publication",
};

/** The French list of the parts among `parts` that the parser could not find. */
export function missingLabels(act: ParsedAct, parts: readonly ActPart[]): string | undefined {
  const missing = parts.filter((p) => act.missing.includes(p));
  return missing.length > 0 ? missing.map((p) => PART_LABELS[p]).join(", ") : undefined;
}

/** 1-based line of an offset (binary search over the line table). */
export function lineAt(act: ParsedAct, offset: number): number {
  let low = 0;
  let high = act.lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((act.lines[mid]?.start ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** The first passage of the act matching `pattern` (tested on the folded text). */
export function find(act: ParsedAct, pattern: RegExp): TextPart | undefined {
  const m = pattern.exec(act.folded);
  if (!m) return undefined;
  return {
    line: lineAt(act, m.index),
    start: m.index,
    end: m.index + m[0].length,
    text: act.text.slice(m.index, m.index + m[0].length),
  };
}

export function spanOf(act: ParsedAct, ref: { start: number; end: number }): Span {
  return { line: lineAt(act, ref.start), start: ref.start, end: ref.end };
}

/** The obsolete references of the given topics that were already obsolete on `date`. */
export function obsoleteOf(subject: ActSubject, date: string, topics: readonly ObsoleteTopic[]): ObsoleteReference[] {
  return subject.obsolete.filter((r) => r.from <= date && topics.includes(r.topic));
}

export const OBSOLETE_MESSAGE = "« {match} » : {reason} ; citer plutôt {replacement}.";

/** Reports each obsolete reference at its own severity, under the reporting rule's `obsolete` message. */
export function reportObsolete(
  subject: ActSubject,
  date: string,
  topics: readonly ObsoleteTopic[],
  report: (r: {
    messageId: "obsolete";
    data: Record<string, string>;
    at?: Location;
    severity: ObsoleteReference["severity"];
  }) => void,
): void {
  for (const ref of obsoleteOf(subject, date, topics)) {
    report({
      messageId: "obsolete",
      severity: ref.severity,
      data: { match: ref.match, reason: ref.reason, replacement: ref.replacement },
      at: at(spanOf(subject.act, ref)),
    });
  }
}

/** A member leaving the room or not taking part in the vote (L2131-11, L2121-14). */
export const NON_PARTICIPATION =
  /ne (?:prend|prenant|participe|participant|prennent|participent) pas (?:part )?(?:au vote|aux debats|a la deliberation)|n'(?:a|ont) pas pris part|(?:a|ont|ayant) quitte la salle|s'est retiree?|se retire|sortie? de la salle/;

/** Dates written after "à compter du", "à partir du", "prend effet le"… : when the act says it applies. */
export function effectDates(act: ParsedAct): DatePart[] {
  const found: DatePart[] = [];
  const pattern =
    /a compter du|a partir du|a dater du|prend(?:ra)? effet (?:le|au|a compter du)|entre(?:ra)? en vigueur le|applicables? (?:a compter )?du/g;
  let next = 0;
  for (const m of act.folded.matchAll(pattern)) {
    const after = m.index + m[0].length;
    // Both lists are in text order: one pass keeps this linear on long acts.
    while (next < act.dates.length && (act.dates[next]?.start ?? 0) < after) next++;
    const date = act.dates[next];
    if (date && date.start - after <= 3) found.push(date);
  }
  return found;
}
