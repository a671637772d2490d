/**
 * Civil dates as ISO strings (yyyy-mm-dd). Legal delays count calendar days of the Europe/Paris calendar; an ISO
 * civil date carries no time zone, so counting on UTC midnights gives exactly that calendar (no DST drift).
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written yyyy-mm-dd (2025-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

function dayNumber(iso: string): number {
  if (!isIsoDate(iso)) throw new Error(`date invalide : « ${iso} » (format attendu AAAA-MM-JJ)`);
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

function fromDayNumber(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Signed number of calendar days from `from` to `to` (2025-03-24 → 2025-03-28 = 4). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` calendar days after (or before, if negative) `iso`. */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Adds calendar months; a day missing from the target month becomes that month's last day. */
export function addMonths(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1 + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(year, month, Math.min(Number(iso.slice(8, 10)), lastDay)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function weekday(iso: string): number {
  return new Date(dayNumber(iso) * MS_PER_DAY).getUTCDay();
}

/** Calendar quarter of a date, numbered so that consecutive quarters differ by 1 across years. */
export function quarterIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 4 + Math.floor((Number(iso.slice(5, 7)) - 1) / 3);
}

/** "T2 2025" for a quarter index from quarterIndex. */
export function quarterLabel(index: number): string {
  return `T${(index % 4) + 1} ${Math.floor(index / 4)}`;
}

/** "28/03/2025", as French documents print dates. */
export function formatDateFr(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
