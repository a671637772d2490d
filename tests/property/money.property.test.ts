import { centsFromNumber, formatMoney, parseMoney } from "@shared/domain/budget";
import { check, fc, hostileText, settled } from "./support";

/** Amounts up to a thousand billion euros, far beyond any commune. */
const cents = fc.integer({ min: -100_000_000_000_000, max: 100_000_000_000_000 });

const GROUP_SEPARATORS = [" ", "\u00a0", "\u202f", "'"];

/** `cents` written the ways spreadsheets and finance software export amounts. */
function writings(value: number): string[] {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const euros = String(Math.floor(abs / 100));
  const decimals = String(abs % 100).padStart(2, "0");
  const grouped = (separator: string) => euros.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return [
    formatMoney(value),
    ...GROUP_SEPARATORS.map((s) => `${sign}${grouped(s)},${decimals}`),
    `${sign}${grouped(".")},${decimals}`,
    `${sign}${grouped(",")}.${decimals}`,
    `${sign}${euros}.${decimals}`,
    `${sign}${euros},${decimals} €`,
    `${sign}${euros},${decimals}\u00a0€`,
    value < 0 ? `(${grouped(" ")},${decimals})` : `+${euros},${decimals}`,
    `${sign}${euros},${decimals}0000`,
  ];
}

describe("montants (parseMoney, formatMoney)", () => {
  it("lit chaque écriture d'un montant au centime près", async () => {
    await check(
      [cents],
      async (value) => {
        for (const text of writings(value)) expect({ text, cents: parseMoney(text) }).toEqual({ text, cents: value });
      },
      500,
    );
  });

  it("rend un nombre entier de centimes ou refuse, jamais un artefact de virgule flottante, et l'aller-retour est stable", async () => {
    await check(
      [hostileText(["1 234,56", "1.234,56", "1,234.56", "-", "(", ")", "€", "e3", "0", ",", "."])],
      async (text) => {
        const { value, error } = await settled(() => parseMoney(text));
        expect(error).toBeUndefined();
        if (value === undefined) return;
        expect(Number.isSafeInteger(value)).toBe(true);
        expect(parseMoney(formatMoney(value))).toBe(value);
        expect(formatMoney(parseMoney(formatMoney(value)) as number)).toBe(formatMoney(value));
      },
      500,
    );
  });

  it("convertit les nombres d'une cellule sans dérive (0,1 + 0,2 = 0,30 €)", async () => {
    await check(
      [cents, fc.integer({ min: 1, max: 50 })],
      async (value, parts) => {
        expect(centsFromNumber(value / 100)).toBe(value);
        // A sum of float euros, as a spreadsheet would compute it, still lands on the exact cents.
        const share = Math.trunc(value / parts);
        const floats = Array.from({ length: parts }, () => share / 100).reduce((a, b) => a + b, 0);
        if (Math.abs(share * parts) < 1e12) expect(centsFromNumber(floats)).toBe(share * parts + 0); // + 0: no -0 for a -0,5 cent share
      },
      300,
    );
  });

  it("refuse les fractions de centime, l'infini et les nombres non sûrs", () => {
    for (const value of [0.001, 12.345, Number.NaN, Number.POSITIVE_INFINITY, 1e300, -1e300])
      expect(centsFromNumber(value)).toBeUndefined();
  });

  it.each([
    ["1 234,56", 123456],
    ["1\u00a0234,56", 123456],
    ["1\u202f234,56", 123456],
    ["1.234,56", 123456],
    ["1,234.56", 123456],
    ["-12,5", -1250],
    ["(12,50)", -1250],
    ["12,345,678.9", 1234567890],
    ["12,5 €", 1250],
    ["0,00", 0],
    ["", undefined],
    ["   ", undefined],
    ["1e3", undefined],
    ["=SUM(A1)", undefined],
    ["#DIV/0!", undefined],
    ["#REF!", undefined],
    ["#N/A", undefined],
    ["VRAI", undefined],
    ["12,345", undefined],
    ["1.2.3,4", undefined],
    ["12,5 EUR", undefined],
    ["\uff11\uff12,\uff15", undefined],
    ["99999999999999999999", undefined],
  ])("« %s » → %p", (text, expected) => {
    expect(parseMoney(text)).toBe(expected);
  });
});
