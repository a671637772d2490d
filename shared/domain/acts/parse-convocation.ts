import { isIsoDate } from "../common";
import { MONTHS } from "./dates";
import type { LineView } from "./line-view";
import type { DatePart } from "./model";

/** The words that name the convocation: « Date de convocation », « sur convocation », « convoqué(e)s ». */
const CONVOKED = /\bconvo(?:cations?|quee?s?)\b/g;

/**
 * What may stand between those words and the date they give: « du », « le », « en date du », « adressée aux
 * conseillers le », a weekday. Anything else (« dûment convoqué, s'est réuni le 12 mars ») means the date is
 * another one, usually the séance's.
 */
const TIE =
  /^(?:[\s,:]|\ben date\b|\bdu\b|\ble\b|\bdes?\b|\bpar\b|\baux?\b|\bconseil(?:lers?)?(?: municipaux| municipal)?\b|\bmembres\b|\bmaire\b|\b(?:adresse|envoye|faite?|transmise?|expedie|notifie|remise?|ecrite?|individuelle)(?:e?s?)\b|\blegalement\b|\bregulierement\b|\bdument\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)*$/;

/** A line that opens on the label gives the convocation date, whatever words precede the date. */
const LABEL_LINE = /^(?:[-•*]\s*)?date (?:d'envoi )?(?:de (?:la )?|des )convocations?\b/;

/** Words right after a date that make it the séance's (« …, s'est réuni »). */
const MEETING_AFTER = /^[\s,]*(?:a \d{1,2} ?h\S*[\s,]*)?(?:s'est|se sont|s'etait|s'est reuni|en seance|en session)/;

/** A date tied to a display (« date d'affichage de la convocation ») is only a clue of when it was sent. */
const DISPLAY = /affich/;

/** « sur convocation du 7 mars » : a day and month whose year the séance gives. */
const YEARLESS = /^\s*(\d{1,2}|1er|premier)\s+([a-z]+)\b(?!\s*\d)/;

/** A convocation date without its year, resolved once the séance's date is known. */
export interface YearlessDate {
  readonly day: number;
  readonly month: number;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export type ConvocationClue = { readonly date: DatePart } | { readonly yearless: YearlessDate };

function tied(f: string, from: number, to: number): boolean {
  return from <= to && to - from <= 80 && TIE.test(f.slice(from, to));
}

/**
 * The convocation date of one line, only when the words of a convocation lead to it (never the séance's date,
 * an act number shaped like a date, or the date of earlier minutes). `next` lets a label close its line
 * (« Date de convocation : » then the date on the next line).
 */
export function convocationOn(
  line: LineView,
  dates: readonly DatePart[],
  next?: { readonly line: LineView; readonly dates: readonly DatePart[] },
): ConvocationClue | undefined {
  const f = line.f;
  const labelled = LABEL_LINE.exec(f);
  const first = labelled ? dates.find((d) => d.start - line.at >= labelled[0].length) : undefined;
  if (first) return { date: { ...first, how: "labelled" } };
  for (const m of f.matchAll(CONVOKED)) {
    const after = m.index + m[0].length;
    const how = DISPLAY.test(f.slice(Math.max(0, m.index - 30), m.index)) ? "inferred" : "labelled";
    const date = dates.find((d) => tied(f, after, d.start - line.at));
    if (date) return { date: { ...date, how } };
    const rest = f.slice(after);
    const skip = TIE.exec(rest.slice(0, rest.search(/\d|1er|premier|$/)))?.[0].length ?? 0;
    const yearless = YEARLESS.exec(rest.slice(skip));
    const month = yearless?.[2] ? MONTHS[yearless[2]] : undefined;
    if (yearless?.[1] && month !== undefined) {
      const day = /^\d+$/.test(yearless[1]) ? Number(yearless[1]) : 1;
      const start = line.at + after + skip + yearless.index + yearless[0].indexOf(yearless[1]);
      return { yearless: { day, month, line: line.no, start, end: line.at + after + skip + yearless[0].length } };
    }
    if (next && TIE.test(rest)) {
      const first = next.dates[0];
      // « légalement convoqué / le 16 janvier, s'est réuni » : the date the sentence gives is the séance's.
      const meeting = first && MEETING_AFTER.test(next.line.f.slice(first.end - next.line.at));
      if (first && !meeting && first.start - next.line.at <= 3)
        return { date: { ...first, how: /^date\b/.test(f) ? how : "inferred" } };
    }
  }
  return undefined;
}

/** The year of a yearless convocation: the séance's, or the year before when the month comes after the séance's. */
export function withYear(clue: YearlessDate, seanceIso: string): DatePart | undefined {
  const seanceYear = Number(seanceIso.slice(0, 4));
  const seanceMonth = Number(seanceIso.slice(5, 7));
  const year = clue.month > seanceMonth ? seanceYear - 1 : seanceYear;
  const iso = `${String(year)}-${String(clue.month).padStart(2, "0")}-${String(clue.day).padStart(2, "0")}`;
  if (!isIsoDate(iso)) return undefined;
  return { iso, line: clue.line, start: clue.start, end: clue.end, how: "inferred" };
}
