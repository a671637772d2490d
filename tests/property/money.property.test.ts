import { centsFromNumber, formatMoney, parseMoney } from "@shared/domain/budget";
import { parsePlainMoney, parseWrittenMoney } from "@shared/domain/common/money";
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

  it("la voie rapide des flux (« 1234.56 », « -12 ») dit ce que dit la grammaire générale, ou laisse décider celle-ci", async () => {
    // Lengths drawn evenly, so that the long ones at the bound of the fast path come as often as the short ones.
    const digits = (min: number, max: number) =>
      fc
        .integer({ min, max })
        .chain((length) =>
          fc.string({ unit: fc.constantFrom(..."0123456789".split("")), minLength: length, maxLength: length }),
        );
    // The plain form itself, with its edges (leading zeros, -0, one decimal, the 13-digit bound and beyond it).
    const plain = fc
      .tuple(fc.constantFrom("", "-"), digits(1, 16), fc.option(digits(1, 3), { nil: undefined }))
      .map(([sign, euros, decimals]) => `${sign}${euros}${decimals === undefined ? "" : `.${decimals}`}`);
    // Near misses: what a flow could write wrong, or a person right, over the characters of both grammars.
    const nearMiss = fc.string({ unit: fc.constantFrom(..."0123456789.,-+ ()€\u2212\u00a0".split("")), maxLength: 20 });
    await check(
      [fc.oneof(plain, nearMiss, hostileText(["1234.56", "-12", "0.5", "."]))],
      async (text) => {
        const fast = parsePlainMoney(text);
        if (fast !== undefined) expect({ text, cents: fast }).toEqual({ text, cents: parseWrittenMoney(text) });
        if (/^-?\d{1,13}(\.\d{1,2})?$/.test(text))
          expect({ text, cents: fast }).not.toEqual({ text, cents: undefined });
        expect(parseMoney(text)).toBe(fast ?? parseWrittenMoney(text));
      },
      1000,
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
