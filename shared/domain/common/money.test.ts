import {
  centsFromNumber,
  formatMoney,
  formatMoneyInput,
  formatMoneyPlain,
  numberFromCents,
  parseMoney,
  percentOf,
} from "./money";

describe("parseMoney", () => {
  it.each([
    ["1 234,56", 123456],
    ["1234.56", 123456],
    ["1,234.56", 123456],
    ["1.234,56", 123456],
    ["1\u00a0234\u202f567,8", 123456780],
    ["-12", -1200],
    ["\u221212,30\u202f€", -1230],
    ["(12,50)", -1250],
    ["12,5 €", 1250],
    ["0.10", 10],
    ["1.234.567", 123456700],
    ["12,500", 1250],
  ])("« %s » = %i centimes", (text, cents) => expect(parseMoney(text)).toBe(cents));

  it.each(["", "abc", "12,345", "1,23,4", "1.2.3", "12,3,4", "--5", "1e5", "12.345,678"])("refuse « %s »", (text) => {
    expect(parseMoney(text)).toBeUndefined();
  });

  it("additionne au centime sans erreur d'arrondi", () => {
    const total = Array.from({ length: 10 }, () => parseMoney("0,10") ?? 0).reduce((a, b) => a + b, 0);
    expect(total).toBe(100);
  });
});

describe("autres conversions", () => {
  it("numberFromCents, formatMoneyInput et formatMoneyPlain se relisent au centime, signe compris", () => {
    for (const cents of [0, 5, -5, -99, 123456, -123456789])
      expect([
        centsFromNumber(numberFromCents(cents)),
        parseMoney(formatMoneyInput(cents)),
        parseMoney(formatMoneyPlain(cents)),
      ]).toEqual([cents, cents, cents]);
    expect(formatMoneyInput(123456)).toBe("1234,56");
    expect(formatMoneyInput(-5)).toBe("-0,05");
    expect(formatMoneyPlain(-5)).toBe("-0.05");
  });

  it("centsFromNumber accepte les montants au centime, refuse les fractions", () => {
    expect(centsFromNumber(1234.56)).toBe(123456);
    expect(centsFromNumber(0.1 + 0.2)).toBe(30);
    expect(centsFromNumber(1.005)).toBeUndefined();
    expect(centsFromNumber(Number.NaN)).toBeUndefined();
  });
  it("formate à la française : espaces fines insécables, vrai signe moins, même entre −0,99 € et −0,01 €", () => {
    expect(formatMoney(123456789)).toBe("1\u202f234\u202f567,89\u202f€");
    expect(formatMoney(-5)).toBe("\u22120,05\u202f€");
    expect(formatMoney(-99)).toBe("\u22120,99\u202f€");
    expect(formatMoney(-123456)).toBe("\u22121\u202f234,56\u202f€");
    expect(formatMoney(0)).toBe("0,00\u202f€");
  });
  it("relit ce qu'il écrit, au centime, signe compris", () => {
    for (const cents of [-100_000_001, -123456, -100, -99, -1, 0, 1, 99, 100, 999_999_999_99])
      expect(parseMoney(formatMoney(cents))).toBe(cents);
  });
  it("percentOf arrondit à l'inférieur", () => expect(percentOf(99999, 75)).toBe(7499));
});
