/** French typography for the values of a clause (Imprimerie nationale usage, as acts print them). */

import { NNBSP } from "../../common/money";

export { NNBSP };

/** The months as acts write them, January first. */
export const MONTH_NAMES = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
] as const;

/** "2025-09-12" → "12 septembre 2025"; the first of the month is "1er". Expects a valid ISO date. */
export function formatDateLong(iso: string): string {
  const day = Number(iso.slice(8, 10));
  const month = MONTH_NAMES[Number(iso.slice(5, 7)) - 1] ?? "";
  return `${day === 1 ? "1er" : String(day)} ${month} ${iso.slice(0, 4)}`;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
}

/** 1234 → "1 234" (narrow no-break spaces); `grouping: false` for years and act numbers. */
export function formatInteger(value: number, grouping = true): string {
  const sign = value < 0 ? "-" : "";
  const digits = String(Math.abs(value));
  return sign + (grouping ? groupThousands(digits) : digits);
}

/** Integer cents → "1 234,56 €": the suite's one money format. */
export { formatMoney as formatMontant } from "../../common/money";

/** 51.6 → "51,6 %", 42.375 → "42,375 %" (no trailing zeros). */
export function formatPercent(value: number): string {
  const [whole = "0", decimals = ""] = value.toFixed(3).replace(/0+$/, "").replace(/\.$/, "").split(".");
  return `${groupThousands(whole)}${decimals ? `,${decimals}` : ""}${NNBSP}%`;
}
