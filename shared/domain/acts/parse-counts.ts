import type { CountPart, Counts, ParsedVote, Pouvoir } from "./model";
import type { LineView } from "./line-view";
import { partOf } from "./line-view";

type MutableCounts = { -readonly [K in keyof Counts]: Counts[K] };

// One number right after the label, "Présents : 11" (a list of names after the colon is not a count).
const COUNT_PATTERNS: readonly (readonly [keyof Counts, RegExp])[] = [
  ["enExercice", /\ben exercice\s*[:=]?\s*(\d{1,3})\b/],
  ["enExercice", /\b(\d{1,3})\s*(?:conseillers|membres)?\s*en exercice\b/],
  ["presents", /\bpresent(?:e|\(e\))?s?(?:\(e\)s)?\s*[:=]?\s*(\d{1,3})\b/],
  ["representes", /\b(?:representes?|representees?|pouvoirs|procurations)\s*[:=]?\s*(\d{1,3})\b/],
  ["votants", /\bvotants?\s*[:=]?\s*(\d{1,3})\b/],
  ["absents", /\babsent(?:e|\(e\))?s?(?:\(e\)s)?(?: excuses?)?\s*[:=]?\s*(\d{1,3})\b/],
];

/** Fills the counts still unknown from one line ("en exercice : 15, présents : 11, votants : 13"). */
export function readCounts(line: LineView, counts: MutableCounts): void {
  for (const [key, pattern] of COUNT_PATTERNS) {
    if (counts[key]) continue;
    const m = pattern.exec(line.f);
    if (!m?.[1]) continue;
    const at = line.at + m.index + m[0].lastIndexOf(m[1]);
    counts[key] = { value: Number(m[1]), line: line.no, start: at, end: at + m[1].length } satisfies CountPart;
  }
}

const VOTE_WORDS = /\bpour\s*[:=]|\bcontre\s*[:=]|abstentions?\s*[:=]|\bvoix\b|\bunanimite\b|\bvote\b|\bscrutin\b/;
const FIELDS: readonly (readonly [
  keyof Omit<ParsedVote, "line" | "start" | "end" | "how" | "unanimite">,
  RegExp,
  RegExp,
])[] = [
  ["pour", /\bpour\s*[:=]\s*(\d{1,3})\b/, /\b(\d{1,3})\s*voix\s*pour\b/],
  ["contre", /\bcontre\s*[:=]\s*(\d{1,3})\b/, /\b(\d{1,3})\s*(?:voix\s*)?contre\b/],
  ["abstentions", /\babstentions?\s*[:=]\s*(\d{1,3})\b/, /\b(\d{1,3})\s*abstentions?\b/],
  [
    "blancsNuls",
    /\b(?:blancs?|nuls?)(?: (?:et|ou) (?:blancs?|nuls?))?\s*[:=]\s*(\d{1,3})\b/,
    /\b(\d{1,3})\s*(?:bulletins? )?(?:blancs? (?:et|ou) nuls?|nuls?)\b/,
  ],
];

/** A vote block: the first line naming a result, plus the three lines after it ("Pour : 10 / Contre : 1 …"). */
export function readVote(lines: readonly LineView[], i: number): ParsedVote | undefined {
  const first = lines[i];
  if (!first || !VOTE_WORDS.test(first.f)) return undefined;
  const vote: { -readonly [K in keyof ParsedVote]: ParsedVote[K] } = {
    line: first.no,
    start: first.at,
    end: first.at + first.f.length,
  };
  for (let k = i; k < Math.min(lines.length, i + 4); k++) {
    const line = lines[k] as LineView;
    if (k > i && !VOTE_WORDS.test(line.f)) break;
    for (const [key, colon, words] of FIELDS) {
      if (vote[key] !== undefined) continue;
      const m = colon.exec(line.f) ?? words.exec(line.f);
      if (m?.[1]) vote[key] = Number(m[1]);
    }
    if (!vote.unanimite && line.f.includes("unanimite")) {
      vote.unanimite = /unanimite des (?:suffrages )?exprimes|unanimite des votes exprimes/.test(line.f)
        ? "exprimes"
        : "unanimite";
    }
    vote.end = line.at + line.f.length;
  }
  return vote.pour !== undefined || vote.unanimite ? vote : undefined;
}

const NAME_TRIM = /^[\s,;:.()-]+|[\s,;:.()-]+$/g;

function pouvoir(
  text: string,
  line: LineView,
  from: number,
  to: number,
  split: number,
  sepLength: number,
): Pouvoir | undefined {
  const whole = partOf(text, line, from, to);
  const mandant = text.slice(from, split).replace(NAME_TRIM, "");
  const mandataire = text.slice(split + sepLength, to).replace(NAME_TRIM, "");
  return mandant && mandataire ? { ...whole, mandant, mandataire } : undefined;
}

const GIVES = /\s\(?(?:a donne |donne |ayant donne )?(?:pouvoir|procuration) a /;
const LIST =
  /^(?:pouvoirs?|procurations?|representes?|representees?|absents? representes?|absents? ayant donne (?:pouvoir|procuration))\s*:\s*/;
const OF = /\b(?:pouvoir|procuration) (?:de|donne par) /;

/**
 * "Pouvoir de X à Y", "X a donné pouvoir à Y", "Pouvoirs : X à Y ; Z à W", "Représentés : X par Y".
 * Names are read from the source text between separators, so that they keep their case and accents.
 */
export function readPouvoirs(text: string, line: LineView): Pouvoir[] {
  const f = line.f;
  const found: Pouvoir[] = [];
  const list = LIST.exec(f);
  const body = list ? list[0].length : 0;
  const items = f.slice(body).split(/[;,]/);
  let cursor = body;
  for (const item of items) {
    const from = cursor;
    cursor += item.length + 1;
    const gives = GIVES.exec(item);
    const of = OF.exec(item);
    let result: Pouvoir | undefined;
    if (gives)
      result = pouvoir(
        text,
        line,
        line.at + from,
        line.at + from + item.length,
        line.at + from + gives.index,
        gives[0].length,
      );
    else if (of) {
      const rest = item.slice(of.index + of[0].length);
      const sep = / a | par /.exec(rest);
      const start = from + of.index + of[0].length;
      if (sep)
        result = pouvoir(
          text,
          line,
          line.at + start,
          line.at + from + item.length,
          line.at + start + sep.index,
          sep[0].length,
        );
    } else if (list) {
      const sep = / a | par /.exec(item);
      if (sep)
        result = pouvoir(
          text,
          line,
          line.at + from,
          line.at + from + item.length,
          line.at + from + sep.index,
          sep[0].length,
        );
    }
    if (result) found.push(result);
  }
  return found;
}
