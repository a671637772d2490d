import { installFakeExcel } from "@tests/support/fake-office";
import { excelBudgetWorkbook } from "./excel-budget-workbook";

describe("excelBudgetWorkbook : saisie suivie et cellules écrites en un nombre constant d'allers-retours", () => {
  let fake: ReturnType<typeof installFakeExcel>;
  afterEach(() => fake.restore());

  it.each([100, 10000])("écrit %i cellules en un seul sync", async (n) => {
    fake = installFakeExcel({ Budget: [["Section"]] });
    await excelBudgetWorkbook.writeCells(
      Array.from({ length: n }, (_, i) => ({ sheet: "Budget", address: `I${i + 2}`, value: i })),
    );
    expect(fake.counter.count).toBe(1);
    expect(fake.state.cells.get(`Budget!I${n + 1}`)).toBe(n - 1);
  });

  it("écoute les modifications d'une feuille en un sync, et cesse d'écouter en un autre", async () => {
    fake = installFakeExcel({ Budget: [["Section"]] });
    const changed: string[] = [];
    const stop = await excelBudgetWorkbook.onSheetChanged("Budget", (address) => changed.push(address));
    expect(fake.counter.count).toBe(1);
    for (const handler of fake.state.handlers.get("Budget") ?? []) await handler({ address: "I7" });
    expect(changed).toEqual(["I7"]);
    await stop();
    expect(fake.counter.count).toBe(2);
    expect(fake.state.handlers.get("Budget")?.size).toBe(0);
  });

  it("nomme en français une feuille absente", async () => {
    fake = installFakeExcel({ Budget: [["Section"]] });
    await expect(excelBudgetWorkbook.onSheetChanged("Document", () => undefined)).rejects.toThrow(
      "La feuille « Document » n'existe pas dans le classeur.",
    );
  });
});
