import { isIsoDate } from "../common";
import { isNumberWord, wordsToNumber } from "./french-numbers";
import type { DatePart } from "./model";

export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  janv: 1,
  fevr: 2,
  oct: 10,
  nov: 11,
  dec: 12,
};

const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
// Letters and digits apart: registers glue the year to the month (« 3 mars2024 »); « 1er » stays one word.
const WORD = /\d+er\b|[a-z]+|\d+/g;
// Cheap tests that spare the tokenizer the many lines that hold no date.
const MONTH_HINT = /janv|fevr|mars|avril|mai|juin|juil|aout|sept|octo|novem|decem|\boct\b|\bnov\b|\bdec\b/;
const DIGIT_DATE_HINT = /\d[/.-]\d/;
/** Longest year in words from 1900 to 2199: "deux mille cent quatre-vingt-dix-sept" is eight words. */
const YEAR_WORDS = 8;

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

function iso(year: number, month: number, day: number): string | undefined {
  const value = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return year >= 1900 && year <= 2199 && isIsoDate(value) ? value : undefined;
}

function numberOf(tokens: readonly Token[]): number | undefined {
  if (tokens.length === 1 && /^\d+$/.test(tokens[0]?.word ?? "")) return Number(tokens[0]?.word);
  return wordsToNumber(tokens.map((t) => t.word));
}

/** The run of number tokens (digits, "1er", number words) from index `i` going in `step` direction. */
function numberRun(tokens: readonly Token[], i: number, step: 1 | -1, max: number): Token[] {
  const run: Token[] = [];
  for (let k = i; k >= 0 && k < tokens.length && run.length < max; k += step) {
    const word = tokens[k]?.word ?? "";
    const digits = /^\d+$/.test(word) || word === "1er";
    if (!digits && !isNumberWord(word)) break;
    // A digit string stands alone: "18 septembre 2023" must not read "18" and "2023" as one number.
    if (digits && run.length > 0) break;
    run.push(tokens[k] as Token);
    if (digits) break;
  }
  return step === 1 ? run : run.reverse();
}

/** "L'an deux mil vingt-trois": the year written before the day and month. */
function yearAfterAn(tokens: readonly Token[], monthIndex: number): number | undefined {
  for (let k = monthIndex - 1; k >= 1; k--) {
    if (tokens[k]?.word === "an" && tokens[k - 1]?.word === "l") {
      const value = numberOf(numberRun(tokens, k + 1, 1, YEAR_WORDS));
      return value !== undefined && value >= 1900 ? value : undefined;
    }
  }
  return undefined;
}

function wordDates(slice: string, offset: number, line: number, out: DatePart[]): void {
  const tokens: Token[] = [];
  for (const m of slice.matchAll(WORD)) tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  tokens.forEach((token, i) => {
    const month = MONTHS[token.word];
    if (month === undefined) return;
    const dayRun = numberRun(tokens, i - 1, -1, 4);
    const day = numberOf(dayRun);
    if (day === undefined || day < 1 || day > 31) return;
    const yearRun = numberRun(tokens, i + 1, 1, YEAR_WORDS);
    const after = numberOf(yearRun);
    const year = after !== undefined && after >= 1900 ? after : yearAfterAn(tokens, i);
    const value = year === undefined ? undefined : iso(year, month, day);
    const first = dayRun[0];
    const last = after !== undefined && after >= 1900 ? yearRun[yearRun.length - 1] : token;
    if (value && first && last) out.push({ iso: value, line, start: offset + first.start, end: offset + last.end });
  });
}

/**
 * Every date of one line of folded text: "12/09/2023", "2023-09-12", "18 septembre 2023", "1er mars 2024",
 * "le dix-huit septembre deux mil vingt-trois", "L'an deux mille vingt-quatre, le premier octobre".
 */
export function findDates(slice: string, offset: number, line: number): DatePart[] {
  const out: DatePart[] = [];
  if (MONTH_HINT.test(slice)) wordDates(slice, offset, line, out);
  if (!DIGIT_DATE_HINT.test(slice)) return out;
  for (const m of slice.matchAll(NUMERIC)) {
    const year = Number(m[3]) + ((m[3] ?? "").length === 2 ? 2000 : 0);
    const value = iso(year, Number(m[2]), Number(m[1]));
    if (value) out.push({ iso: value, line, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  for (const m of slice.matchAll(ISO)) {
    const value = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (value) out.push({ iso: value, line, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
