import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PreviewBudgetWorkbook } from "@shared/preview/preview-budget-workbook";
import { readDocumentBudgetaire } from "@shared/io/budget/docbudg-reader";
import { SAMPLE_BUDGET } from "../../host/sample-workbook";
import { blocksFromDocumentBudgetaire, sheetsToReplace, writeBlocks } from "./create-budget";
import { gridsToDocument, SHEET_PLACES, templateGrids } from "@shared/io/budget/workbook-grid";

/** A real BP as TotEM writes it (ISO-8859-1), from the read-only data shared by the project. */
const SAMPLE = path.resolve(__dirname, "../../../../../shared/data/budgets/01_crach_BP2022_principal/totem.xml");
const asFile = (file: string) => ({
  name: path.basename(file),
  size: statSync(file).size,
  arrayBuffer: async () => new Uint8Array(readFileSync(file)).buffer,
});

describe("créer un budget dans le classeur", () => {
  it("importe un DocumentBudgetaire réel : les feuilles écrites se relisent comme le fichier", async () => {
    const blocks = await blocksFromDocumentBudgetaire(asFile(SAMPLE));
    const [document, budget] = blocks;
    if (!document || !budget) throw new Error("deux feuilles attendues");
    const expected = readDocumentBudgetaire(new Uint8Array(readFileSync(SAMPLE)), "totem.xml");
    const reread = gridsToDocument(document, budget, SHEET_PLACES);
    expect(reread.lines.length).toBe(expected.lines.length);
    expect(reread.lines.map((l) => l.amounts.credits)).toEqual(expected.lines.map((l) => l.amounts.credits));
    expect(reread).toMatchObject({
      type: expected.type,
      exercice: expected.exercice,
      nomenclature: expected.nomenclature,
    });
  });

  it("nomme d'après le plan de comptes les lignes que le fichier laisse sans libellé, garde les autres", async () => {
    // Crach's BP names 8 of its 201 lines (the opérations'); the M14 plan names every nature it uses.
    const [, budget] = await blocksFromDocumentBudgetaire(asFile(SAMPLE));
    if (!budget) throw new Error("feuille Budget attendue");
    const [header = [], ...rows] = budget.values;
    const at = (name: string) => header.indexOf(name);
    const label = (nature: string) => rows.find((r) => r[at("Nature")] === nature)?.[at("Libellé")];
    const expected = readDocumentBudgetaire(new Uint8Array(readFileSync(SAMPLE)), "totem.xml");
    expect(expected.lines.filter((l) => l.libelle === undefined).length).toBeGreaterThan(150);
    expect(label("60611")).toBe("Eau et assainissement");
    expect(label("6411")).toBe("Personnel titulaire");
    expect(rows.filter((r) => r[at("Nature")] === "2188").map((r) => r[at("Libellé")])).toContain(
      "MAISON DE VIE ESPACE DE L'OCEAN",
    );
    rows.forEach((row, i) => {
      const own = expected.lines[i]?.libelle;
      if (own !== undefined) expect(row[at("Libellé")]).toBe(own);
    });
    expect(rows.filter((r) => !r[at("Libellé")])).toEqual([]);
  });

  it("refuse un fichier qui n'est pas du XML, en français", async () => {
    await expect(
      blocksFromDocumentBudgetaire({ name: "budget.pdf", size: 0, arrayBuffer: async () => new ArrayBuffer(0) }),
    ).rejects.toThrow("budget.pdf : un fichier DocumentBudgetaire (.xml) est attendu.");
    await expect(
      blocksFromDocumentBudgetaire({
        name: "tronque.xml",
        size: 28,
        arrayBuffer: async () => new TextEncoder().encode("<DocumentBudgetaire><Budget>").buffer,
      }),
    ).rejects.toThrow(/tronque\.xml : XML mal formé/);
  });

  it("refuse avant de le lire un fichier au-delà de la taille admise", async () => {
    let read = false;
    const huge = {
      name: "enorme.xml",
      size: 65 * 1024 * 1024,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    };
    await expect(blocksFromDocumentBudgetaire(huge)).rejects.toThrow(
      "au-delà de la taille admise pour ce format (64 Mo)",
    );
    expect(read).toBe(false);
  });

  it("dit quelles feuilles seraient remplacées, puis les écrit", async () => {
    const workbook = new PreviewBudgetWorkbook([SAMPLE_BUDGET]);
    const blocks = templateGrids(2027);
    expect(await sheetsToReplace(workbook, blocks)).toEqual(["Budget"]);
    await writeBlocks(workbook, blocks);
    expect((await workbook.readSheet("Budget")).values).toHaveLength(1);
    expect(await workbook.listSheets()).toEqual(["Document", "Budget"]);
  });
});
