import { formatMoney } from "@shared/domain/common/money";
import { AMOUNT_COLUMNS, balanceLines, balanceStatus } from "./balance-summary";

describe("balanceStatus", () => {
  it("says « Équilibrée » for no gap, « Excédent » for more recettes, « Déficit » for more dépenses", () => {
    expect(balanceStatus(0)).toEqual({ color: "success", text: "Équilibrée" });
    expect(balanceStatus(1)).toEqual({ color: "informative", text: "Excédent" });
    expect(balanceStatus(-1)).toEqual({ color: "danger", text: "Déficit" });
  });
});

describe("balanceLines", () => {
  it("writes nothing for a budget with no section", () => {
    expect(balanceLines([])).toEqual([]);
  });

  it("writes each section's amounts and the unsigned gap of recettes over dépenses, in the sections' order", () => {
    const lines = balanceLines([
      { label: "Fonctionnement", depenses: 150_000_00, recettes: 150_000_00 },
      { label: "Investissement", depenses: 40_000_00, recettes: 52_500_50 },
      { label: "Total", depenses: 10_00, recettes: 2_50 },
    ]);
    expect(lines.map((l) => l.label)).toEqual(["Fonctionnement", "Investissement", "Total"]);
    expect(lines[0]).toEqual({
      label: "Fonctionnement",
      depenses: formatMoney(150_000_00),
      recettes: formatMoney(150_000_00),
      ecart: formatMoney(0),
      status: { color: "success", text: "Équilibrée" },
    });
    expect(lines[1]).toMatchObject({ ecart: formatMoney(12_500_50), status: { text: "Excédent" } });
    expect(lines[2]).toMatchObject({ ecart: formatMoney(7_50), status: { text: "Déficit" } });
    expect(lines[2]?.ecart.startsWith("7,50")).toBe(true);
  });

  it("keeps the sign of negative amounts (a cancelled title) and measures the gap from them", () => {
    const [line] = balanceLines([{ label: "Reprise", depenses: -2_00, recettes: -5_00 }]);
    expect(line?.depenses).toBe(formatMoney(-2_00));
    expect(line?.recettes).toBe(formatMoney(-5_00));
    expect(line?.depenses).not.toBe(formatMoney(2_00));
    expect(line?.ecart).toBe(formatMoney(3_00));
    expect(line?.status.text).toBe("Déficit");
  });

  it("leaves a very long section label whole: the table wraps it, it is never cut", () => {
    const label = "Section de fonctionnement ".repeat(12).trim();
    expect(balanceLines([{ label, depenses: 0, recettes: 0 }])[0]?.label).toBe(label);
  });
});

describe("AMOUNT_COLUMNS", () => {
  it("names the amount columns in the order of a row's cells", () => {
    expect(AMOUNT_COLUMNS).toEqual(["Dépenses", "Recettes", "Écart"]);
  });
});
