import type { SheetBlock } from "@shared/ports/budget-workbook";
import { budgetCreated, budgetWritten } from "./create-budget-view";

const budget = (rows: number): SheetBlock => ({
  sheet: "Budget",
  origin: "A1",
  values: Array.from({ length: rows }, (_, i) => [i === 0 ? "Section" : "F"]),
});
const document: SheetBlock = { sheet: "Document", origin: "A1", values: [["Exercice", 2026]] };

describe("le message après l'écriture du budget", () => {
  it("nomme les feuilles créées", () => {
    expect(budgetCreated("Budget primitif vierge")).toBe(
      "Budget primitif vierge : feuilles « Document » et « Budget » créées.",
    );
  });

  it.each([
    [[document], "0 ligne budgétaire"],
    [[document, budget(1)], "0 ligne budgétaire"],
    [[document, budget(2)], "1 ligne budgétaire"],
    [[document, budget(3)], "2 lignes budgétaires"],
  ])("compte les lignes de la feuille Budget sans son en-tête : %#", (blocks, count) => {
    expect(budgetWritten("Import de bp.xml", blocks)).toBe(
      `Import de bp.xml : feuilles « Document » et « Budget » écrites (${count}).`,
    );
  });
});
