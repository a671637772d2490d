/**
 * Numbers and dates written in words the way communes write them in acts: "le dix-huit septembre deux mil
 * vingt-trois", "le 1er mars", "vingt et un", "quatre-vingt-dix-neuf". Written independently of the parser's own
 * tables so that the properties compare two implementations (the month names are the clause formatter's, not the
 * parser's).
 */
import { MONTH_NAMES } from "@shared/domain/acts/clauses/format";

const UNITS = [
  "zéro",
  "un",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
  "onze",
  "douze",
  "treize",
  "quatorze",
  "quinze",
  "seize",
  "dix-sept",
  "dix-huit",
  "dix-neuf",
];
const TENS = [
  "",
  "",
  "vingt",
  "trente",
  "quarante",
  "cinquante",
  "soixante",
  "soixante",
  "quatre-vingt",
  "quatre-vingt",
];

export const MONTHS: readonly string[] = MONTH_NAMES;

/** 0-99. `joiner` is " " or "-" (the 1990 spelling hyphenates "vingt-et-un"). */
export function below100(n: number, joiner: " " | "-" = " "): string {
  if (n < 20) return UNITS[n] as string;
  const ten = Math.floor(n / 10);
  const rest = ten === 7 || ten === 9 ? n - ten * 10 + 10 : n % 10;
  const tens = TENS[ten] as string;
  if (rest === 0) return ten === 8 ? "quatre-vingts" : tens;
  if ((rest === 1 || rest === 11) && ten !== 8 && ten !== 9) return `${tens}${joiner}et${joiner}${UNITS[rest]}`;
  return `${tens}-${UNITS[rest]}`;
}

/** 0-999. */
export function below1000(n: number, joiner: " " | "-" = " "): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return below100(rest, joiner);
  const head = hundreds === 1 ? "cent" : `${UNITS[hundreds]} cent${rest === 0 ? "s" : ""}`;
  return rest === 0 ? head : `${head} ${below100(rest, joiner)}`;
}

export type YearStyle = "mil" | "mille" | "dix-neuf cent";

/** A year 1900-2199: "deux mil vingt-trois", "mille neuf cent quatre-vingt-dix-neuf", "dix-neuf cent quatre-vingt". */
export function yearInWords(year: number, style: YearStyle, joiner: " " | "-" = " "): string {
  const rest = year % 1000;
  if (style === "dix-neuf cent" && year < 2000) {
    const within = year - 1900;
    return within === 0 ? "dix-neuf cent" : `dix-neuf cent ${below100(within, joiner)}`;
  }
  const thousands = year >= 2000 ? "deux " : "";
  const word = style === "dix-neuf cent" ? "mille" : style;
  return rest === 0 ? `${thousands}${word}` : `${thousands}${word} ${below1000(rest, joiner)}`;
}

/** The day of a date: "premier" or "1er" for the first, then words or digits. */
export function dayInWords(day: number, digits: boolean, joiner: " " | "-" = " "): string {
  if (day === 1) return digits ? "1er" : "premier";
  return digits ? String(day) : below100(day, joiner);
}
