import { installFakeExcel } from "@tests/support/fake-office";
import { BLOCK_ROWS, excelBudgetWorkbook } from "./excel-budget-workbook";

const rowsOf = (n: number) => [
  ["Section", "Sens", "Chapitre"],
  ...Array.from({ length: n }, (_, i) => ["F", "D", String(i)]),
];
const marksOf = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    sheet: "Budget",
    address: `I${i + 2}`,
    level: "warning" as const,
    message: `Écart ${i}`,
  }));

describe("excelBudgetWorkbook : un nombre constant d'allers-retours, quel que soit le nombre de lignes", () => {
  let fake: ReturnType<typeof installFakeExcel>;
  afterEach(() => fake.restore());

  it.each([100, 10000])("lit une feuille de %i lignes en un seul sync", async (n) => {
    fake = installFakeExcel({ Budget: rowsOf(n) });
    const block = await excelBudgetWorkbook.readSheet("Budget");
    expect(block.values).toHaveLength(n + 1);
    expect(block.values[n]).toEqual(["F", "D", String(n - 1)]);
    expect(block.origin).toBe("A1");
    expect(fake.counter.count).toBe(1);
  });

  it("lit une très grande feuille par blocs, tous chargés dans un second et dernier sync", async () => {
    const n = BLOCK_ROWS * 2 + 5;
    fake = installFakeExcel({ Budget: rowsOf(n) });
    const block = await excelBudgetWorkbook.readSheet("Budget");
    expect(block.values).toHaveLength(n + 1);
    expect(block.values[n]).toEqual(["F", "D", String(n - 1)]);
    expect(fake.state.loadedBlocks).toEqual([BLOCK_ROWS, BLOCK_ROWS, 6]);
    expect(fake.counter.count).toBe(2);
  });

  it("rend une feuille vide sans erreur, et nomme en français une feuille absente", async () => {
    fake = installFakeExcel({ Budget: [] });
    await expect(excelBudgetWorkbook.readSheet("Budget")).resolves.toEqual({
      sheet: "Budget",
      origin: "A1",
      values: [],
    });
    await expect(excelBudgetWorkbook.readSheet("Document")).rejects.toThrow(
      "La feuille « Document » n'existe pas dans le classeur.",
    );
  });

  it.each([100, 10000])(
    "marque %i cellules, avec leur message, et efface les marques précédentes en un seul sync",
    async (n) => {
      fake = installFakeExcel({ Budget: rowsOf(3) });
      await excelBudgetWorkbook.setMarks([
        { sheet: "Budget", address: "C2", level: "error", message: "Chapitre inconnu" },
      ]);
      expect(fake.state.prompts.get("Budget!C2")).toBe("Chapitre inconnu");
      fake.counter.count = 0;
      await excelBudgetWorkbook.setMarks(marksOf(n));
      expect(fake.counter.count).toBe(1);
      expect(fake.state.fills.has("Budget!C2")).toBe(false);
      expect(fake.state.prompts.has("Budget!C2")).toBe(false);
      expect(fake.state.fills.size).toBe(n);
      expect(fake.state.prompts.get(`Budget!I${n + 1}`)).toBe(`Écart ${n - 1}`);
    },
  );

  it("efface tout quand la vérification ne trouve plus rien", async () => {
    fake = installFakeExcel({ Budget: rowsOf(3) });
    await excelBudgetWorkbook.setMarks(marksOf(2));
    await excelBudgetWorkbook.setMarks([]);
    expect(fake.state.fills.size).toBe(0);
    expect(fake.state.prompts.size).toBe(0);
  });

  it("oublie les marques d'une feuille supprimée depuis au lieu d'échouer", async () => {
    fake = installFakeExcel({ Budget: rowsOf(3), Ancienne: rowsOf(1) });
    await excelBudgetWorkbook.setMarks([{ sheet: "Ancienne", address: "A1", level: "info", message: "x" }]);
    fake.state.sheets.delete("Ancienne");
    await excelBudgetWorkbook.setMarks(marksOf(1));
    expect([...fake.state.fills.keys()]).toContain("Budget!I2");
  });

  it("écrit une feuille complète en deux sync, lignes inégales complétées, codes gardés en texte", async () => {
    fake = installFakeExcel({});
    await excelBudgetWorkbook.writeSheet({
      sheet: "Budget",
      origin: "A1",
      values: [["Chapitre", "Montant"], ["011"], ["012", 12.5]],
    });
    expect(fake.state.sheets.get("Budget")).toEqual([
      ["Chapitre", "Montant"],
      ["011", ""],
      ["012", 12.5],
    ]);
    expect(fake.state.formats.get("Budget")).toEqual([
      ["@", "@"],
      ["@", "General"],
      ["@", "General"],
    ]);
    expect(fake.counter.count).toBe(2);
  });

  it("sélectionne une cellule en un sync", async () => {
    fake = installFakeExcel({ Budget: rowsOf(3) });
    await excelBudgetWorkbook.selectCell("Budget", "I3");
    expect(fake.state.selected).toBe("Budget!I3");
    expect(fake.counter.count).toBe(1);
  });
});
