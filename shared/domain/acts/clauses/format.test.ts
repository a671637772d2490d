import { NNBSP, formatDateLong, formatInteger, formatMontant, formatPercent } from "./format";

describe("typographie française des valeurs", () => {
  it.each([
    ["2025-09-12", "12 septembre 2025"],
    ["2025-03-01", "1er mars 2025"],
    ["2024-02-29", "29 février 2024"],
    ["2023-08-15", "15 août 2023"],
    ["2026-12-31", "31 décembre 2026"],
  ])("date %s → %s", (iso, text) => {
    expect(formatDateLong(iso)).toBe(text);
  });

  it.each([
    [123_456, `1${NNBSP}234,56${NNBSP}€`],
    [5, `0,05${NNBSP}€`],
    [0, `0,00${NNBSP}€`],
    [320, `3,20${NNBSP}€`],
    [123_456_789_00, `123${NNBSP}456${NNBSP}789,00${NNBSP}€`],
  ])("montant %i centimes → %s", (cents, text) => {
    expect(formatMontant(cents)).toBe(text);
  });

  it("groupe les milliers par espaces fines insécables, sauf demande contraire", () => {
    expect(formatInteger(812)).toBe("812");
    expect(formatInteger(1234)).toBe(`1${NNBSP}234`);
    expect(formatInteger(3_000_000)).toBe(`3${NNBSP}000${NNBSP}000`);
    expect(formatInteger(2025, false)).toBe("2025");
  });

  it.each([
    [51.6, `51,6${NNBSP}%`],
    [40, `40${NNBSP}%`],
    [42.375, `42,375${NNBSP}%`],
    [0.5, `0,5${NNBSP}%`],
  ])("pourcentage %d → %s", (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });
});
