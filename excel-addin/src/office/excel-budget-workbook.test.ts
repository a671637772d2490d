import { installFakeExcel } from "../../../tests/support/fake-office";
import { excelBudgetWorkbook } from "./excel-budget-workbook";

const rowsOf = (n: number) => [["Section", "Sens", "Chapitre"], ...Array.from({ length: n }, (_, i) => ["F", "D", String(i)])];

describe("excelBudgetWorkbook : un nombre constant d'allers-retours, quel que soit le nombre de lignes", () => {
  it.each([100, 10000])("lit une feuille de %i lignes en un seul sync", async (n) => {
    const fake = installFakeExcel({ Budget: rowsOf(n) });
    const block = await excelBudgetWorkbook.readSheet("Budget");
    expect(block.values).toHaveLength(n + 1);
    expect(block.origin).toBe("A1");
    expect(fake.counter.count).toBe(1);
    fake.restore();
  });

  it.each([100, 10000])("marque %i cellules et efface les marques précédentes en un seul sync", async (n) => {
    const fake = installFakeExcel({ Budget: rowsOf(3) });
    await excelBudgetWorkbook.setMarks([{ sheet: "Budget", address: "C2", level: "error", message: "Chapitre inconnu" }]);
    fake.counter.count = 0;
    const marks = Array.from({ length: n }, (_, i) => ({ sheet: "Budget", address: `I${i + 2}`, level: "warning" as const, message: "Écart" }));
    await excelBudgetWorkbook.setMarks(marks);
    expect(fake.counter.count).toBe(1);
    expect(fake.state.fills.has("Budget!C2")).toBe(false);
    expect(fake.state.fills.size).toBe(n);
    fake.restore();
  });

  it("écrit une feuille complète en deux sync, lignes inégales complétées", async () => {
    const fake = installFakeExcel({});
    await excelBudgetWorkbook.writeSheet({ sheet: "Budget", origin: "A1", values: [["a", "b"], ["c"]] });
    expect(fake.state.sheets.get("Budget")).toEqual([["a", "b"], ["c", ""]]);
    expect(fake.counter.count).toBe(2);
    fake.restore();
  });
});
