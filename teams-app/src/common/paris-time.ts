import { formatDateFr } from "@shared/domain/common/iso-date";

/**
 * SharePoint stores date-time columns in UTC; the council meets at a Paris wall-clock time. These two functions
 * convert between them (summer time included) so that a séance at 20:00 stays at 20:00 on every screen.
 */
const PARTS = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export interface WallClock {
  /** yyyy-mm-dd in Paris. */
  readonly date: string;
  /** hh:mm in Paris. */
  readonly time: string;
}

function wallClockAt(ms: number): WallClock {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

const asUtcMs = ({ date, time }: WallClock): number => Date.parse(`${date}T${time}:00Z`);

/** Paris date and time of a Graph date-time ("2025-03-28T19:00:00Z" → 2025-03-28, 20:00). */
export function parisWallClock(isoDateTime: string): WallClock {
  const ms = Date.parse(
    /[zZ]|[+-]\d{2}:\d{2}$/.test(isoDateTime) || isoDateTime.length <= 10 ? isoDateTime : `${isoDateTime}Z`,
  );
  return wallClockAt(ms);
}

/** The UTC instant, as Graph writes it, of a Paris wall-clock time. */
export function parisToUtc(date: string, time = "00:00"): string {
  const wanted = asUtcMs({ date, time });
  // The offset is that of the instant itself; one correction settles it except inside the DST gap.
  let guess = wanted - (asUtcMs(wallClockAt(wanted)) - wanted);
  guess -= asUtcMs(wallClockAt(guess)) - wanted;
  return new Date(guess).toISOString().replace(".000Z", "Z");
}

/** A date-only column (liste publiée le, PV arrêté le) as Graph stores it: noon in Paris, the same day everywhere. */
export const parisNoon = (date: string | undefined): string | undefined =>
  date ? parisToUtc(date, "12:00") : undefined;

/** The Paris date of a Graph date-time. */
export const parisDate = (isoDateTime: string): string => parisWallClock(isoDateTime).date;

/** A Graph date-time as a person reads it in Paris: « 13/12/2026 à 19:00 », or the date alone at midnight. */
export function formatParisDateTime(isoDateTime: string): string {
  const { date, time } = parisWallClock(isoDateTime);
  return time === "00:00" ? formatDateFr(date) : `${formatDateFr(date)} à ${time}`;
}
