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

/** A count label alone on its line (« Présents : » then « 11 » below it), and the labels of a header row. */
const LABEL_ALONE =
  /^(?:nombre de |nbre de )?(?:conseillers |membres )?(?:en exercice|present(?:e|\(e\))?s?(?:\(e\)s)?|representes?|pouvoirs|procurations|votants?|absents?)\s*:?$/;
const HEADER_LABELS: readonly (readonly [keyof Counts, RegExp])[] = [
  ["enExercice", /\ben exercice\b/],
  ["presents", /\bpresents?\b/],
  ["representes", /\b(?:representes?|pouvoirs|procurations)\b/],
  ["votants", /\bvotants?\b/],
  ["absents", /\babsents?\b/],
];

function countAt(line: LineView, index: number, digits: string, how?: "inferred"): CountPart {
  const at = line.at + index;
  return { value: Number(digits), line: line.no, start: at, end: at + digits.length, ...(how ? { how } : {}) };
}

/**
 * Counts whose number is not on the label's line: a label closing its line with the number alone on the next one
 * (labelled), or a row of column titles over a row of numbers (inferred: the columns are matched by order).
 */
export function readCountsBelow(line: LineView, next: LineView | undefined, counts: MutableCounts): void {
  if (!next || /\d/.test(line.f)) return;
  if (LABEL_ALONE.test(line.f) && /^\d{1,3}$/.test(next.f)) {
    const key = COUNT_PATTERNS.find(([, pattern]) => pattern.test(`${line.f} ${next.f}`))?.[0];
    if (key && !counts[key]) counts[key] = countAt(next, 0, next.f);
    return;
  }
  const columns = HEADER_LABELS.map(([key, pattern]) => [key, pattern.exec(line.f)?.index] as const)
    .filter((c): c is readonly [keyof Counts, number] => c[1] !== undefined)
    .sort((a, b) => a[1] - b[1]);
  const numbers = [...next.f.matchAll(/\d{1,3}/g)];
  if (columns.length < 2 || !/^[\d\s|;:,.-]+$/.test(next.f) || numbers.length !== columns.length) return;
  columns.forEach(([key], k) => {
    const n = numbers[k];
    if (n && !counts[key]) counts[key] = countAt(next, n.index, n[0], "inferred");
  });
}

const MAJORITY = /\bmajorite absolue\s*[:=]?\s*(\d{1,3})\b/;

/** « Majorité absolue : 8 », which the rules recompute from the votants. */
export function readMajority(line: LineView): CountPart | undefined {
  const m = MAJORITY.exec(line.f);
  return m?.[1] ? countAt(line, m.index + m[0].lastIndexOf(m[1]), m[1]) : undefined;
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
  // « Absents excusés : X ayant donné pouvoir à Y » : the label before the colon is not the mandant's name.
  const mandant = text
    .slice(from, split)
    .replace(/^[^:]{0,40}:\s*/, "")
    .replace(NAME_TRIM, "");
  const mandataire = text.slice(split + sepLength, to).replace(NAME_TRIM, "");
  return mandant && mandataire ? { ...whole, mandant, mandataire } : undefined;
}

const GIVES = /\s\(?(?:a donne |donne |ayant donne )?(?:pouvoir|procuration) a /;
const LIST =
  /^(?:pouvoirs?|procurations?|representes?|representees?|absents? representes?|absents? ayant donne (?:pouvoir|procuration))\s*:\s*/;
const OF = /\b(?:pouvoir|procuration) (?:de|donne par) /;
const TO_MANDATAIRE = / a | par /;

/**
 * "Pouvoir de X à Y", "X a donné pouvoir à Y", "Pouvoirs : X à Y ; Z à W", "Représentés : X par Y".
 * Names are read from the source text between separators, so that they keep their case and accents.
 */
export function readPouvoirs(text: string, line: LineView, listed = false): Pouvoir[] {
  const f = line.f;
  const found: Pouvoir[] = [];
  const list = LIST.exec(f);
  const body = list ? list[0].length : (BULLET.exec(f)?.[0].length ?? 0);
  for (const { from, item } of segments(f, body)) {
    // The mandant's name begins at `start` in the item; `sep`, the words found from there, leads to the mandataire.
    const read = (start: number, sep: RegExpExecArray | null) =>
      sep
        ? pouvoir(
            text,
            line,
            line.at + from + start,
            line.at + from + item.length,
            line.at + from + start + sep.index,
            sep[0].length,
          )
        : undefined;
    const gives = GIVES.exec(item);
    const of = OF.exec(item);
    const start = of ? of.index + of[0].length : 0;
    const result = gives
      ? read(0, gives)
      : of || list || listed
        ? read(start, TO_MANDATAIRE.exec(item.slice(start)))
        : undefined;
    if (result) found.push(result);
  }
  return found;
}

/** A heading line over a list of pouvoirs, one a line (« Pouvoirs : » then « - X à Y »). */
export const POUVOIRS_HEADING =
  /^(?:pouvoirs?|procurations?|absents? representes?|absents? ayant donne (?:pouvoir|procuration))\s*:?$/;
const BULLET = /^[-–—•*·]\s*/;

/** Items of a list joined by commas, semicolons or dashes between spaces (« X à Y - Z à W »). */
function segments(f: string, from: number): { from: number; item: string }[] {
  const out: { from: number; item: string }[] = [];
  let last = from;
  for (const m of f.slice(from).matchAll(/[;,]|\s[-–—]\s/g)) {
    out.push({ from: last, item: f.slice(last, from + m.index) });
    last = from + m.index + m[0].length;
  }
  out.push({ from: last, item: f.slice(last) });
  return out;
}

/** A line of a bulleted list. */
export function isBullet(f: string): boolean {
  return BULLET.test(f);
}
