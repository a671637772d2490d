/**
 * Amounts are integer cents: a budget balances "to the cent" (cli.md), which binary floats cannot promise once
 * thousands of lines are summed. Every amount entering the domain goes through parseMoney or fromCents.
 */
export type Cents = number;

const SPACES = /[\s\u00a0\u202f']/g;
/** The typographic minus (U+2212) that the formatter writes, so that a formatted amount parses back. */
const MINUS = "\u2212";
/** Narrow no-break space: thousands separator and the space before « € » (Imprimerie nationale usage). */
export const NNBSP = "\u202f";

/**
 * The one money grammar of the suite: "1 234,56", "1234.56", "1,234.56", "1.234,56", "-12", "−12", "12,5 €",
 * "(12,50)", and whatever formatMoney writes. Deterministic rules:
 * with both separators, the last one is the decimal mark and the other groups thousands (by three);
 * with one kind only, a single occurrence is the decimal mark, several are thousands groups.
 * More than two decimals is accepted only if the extra digits are zeros. Returns undefined when not an amount.
 */
export function parseMoney(text: string): Cents | undefined {
  return parsePlainMoney(text) ?? parseWrittenMoney(text);
}

/** Integer digits the plain form takes: 13 keep every amount with its cents a safe integer. */
const PLAIN_DIGITS = 13;

/**
 * The plain form budget flows write every amount in ("12345.67", "-12", "1234.5"), read without a regex or an
 * intermediate string: a large flow has hundreds of thousands. Undefined for anything else, which
 * parseWrittenMoney then decides; on the strings it reads, both agree (tests/property/money.property.test.ts).
 */
export function parsePlainMoney(text: string): Cents | undefined {
  const length = text.length;
  const negative = length > 0 && text.charCodeAt(0) === 45; // "-"
  let at = negative ? 1 : 0;
  let euros = 0;
  const start = at;
  for (; at < length; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) break;
    euros = euros * 10 + digit;
  }
  const digits = at - start;
  if (digits === 0 || digits > PLAIN_DIGITS) return undefined;
  let fraction = 0;
  if (at < length) {
    if (text.charCodeAt(at) !== 46 || length - at < 2 || length - at > 3) return undefined; // "." then 1 or 2 digits
    for (let scale = 10, i = at + 1; i < length; i++, scale /= 10) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return undefined;
      fraction += digit * scale;
    }
  }
  const cents = euros * 100 + fraction;
  return negative && cents !== 0 ? -cents : cents;
}

/** The general grammar: whatever people and spreadsheets write (see parseMoney). */
export function parseWrittenMoney(text: string): Cents | undefined {
  let s = text.replace(SPACES, "").replace(MINUS, "-").replace(/€$/, "").replace(/^€/, "");
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith("-") || s.startsWith("+")) {
    negative = negative !== s.startsWith("-");
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  let decimalMark: string | undefined;
  if (lastComma >= 0 && lastDot >= 0) decimalMark = lastComma > lastDot ? "," : ".";
  else if (lastComma >= 0) decimalMark = s.indexOf(",") === lastComma ? "," : undefined;
  else if (lastDot >= 0) decimalMark = s.indexOf(".") === lastDot ? "." : undefined;
  const cut = decimalMark === undefined ? -1 : s.lastIndexOf(decimalMark);
  const intPart = cut >= 0 ? s.slice(0, cut) : s;
  const decPart = cut >= 0 ? s.slice(cut + 1) : "";
  const groups = intPart.split(/[.,]/);
  if (groups.length > 1 && groups.some((g, i) => (i === 0 ? !/^\d{1,3}$/.test(g) : !/^\d{3}$/.test(g))))
    return undefined;
  if (!/^\d*$/.test(decPart) || /[1-9]/.test(decPart.slice(2))) return undefined;
  const digits = groups.join("");
  if (digits === "" && decPart === "") return undefined;
  const cents = Number(digits || "0") * 100 + Number((decPart + "00").slice(0, 2));
  if (!Number.isSafeInteger(cents)) return undefined;
  return negative && cents !== 0 ? -cents : cents;
}

/** Converts a number read from a spreadsheet cell; refuses fractions of a cent beyond float noise. */
export function centsFromNumber(value: number): Cents | undefined {
  if (!Number.isFinite(value)) return undefined;
  const cents = Math.round(value * 100);
  if (Math.abs(cents - value * 100) > 1e-6 * Math.max(1, Math.abs(value))) return undefined;
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** The number of euros a spreadsheet cell holds for an amount (the inverse of centsFromNumber). */
export function numberFromCents(cents: Cents): number {
  return cents / 100;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
}

/** "1 234 567,89 €" and "−0,05 €": narrow no-break spaces and the real minus sign, as French documents print them. */
export function formatMoney(cents: Cents): string {
  const abs = Math.abs(cents);
  const sign = cents < 0 ? MINUS : "";
  return `${sign}${groupThousands(String(Math.floor(abs / 100)))},${String(abs % 100).padStart(2, "0")}${NNBSP}€`;
}

/** "-1234.56": an amount as budget flows write it (DocumentBudgetaire), the form parseMoney reads first. */
export function formatMoneyPlain(cents: Cents): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** "1234,56" and "-0,05": an amount as a person types it back in a form field, which parseMoney reads. */
export function formatMoneyInput(cents: Cents): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

/** Percentage threshold in cents, rounded down so that "at most x %" never rejects an amount exactly at the limit. */
export function percentOf(cents: Cents, perThousand: number): Cents {
  return Math.floor((cents * perThousand) / 1000);
}
