import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkBudget } from "@shared/domain/budget";
import { readBudgetCsv } from "./csv-reader";
import { readDocumentBudgetaire } from "./docbudg-reader";
import { BudgetReadError } from "./errors";
import { readBudgetFile } from "./read-budget-file";
import { readBudgetWorkbook } from "./workbook-reader";
import { docBudgToWorkbook, writeBudgetWorkbook } from "./workbook-writer";
import { BUDGET_COLUMNS } from "./workbook-layout";

const FIXTURES = join(__dirname, "../../../tests/fixtures/budgets");
const SAMPLES = join(__dirname, "../../../../shared/data/budgets");
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

async function workbookWith(edit: (budget: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const bytes = await writeBudgetWorkbook(readBudgetCsv(fixture("bp-equilibre.csv"), "bp.csv"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer); // exceljs types ask for its own Buffer type
  edit(workbook.getWorksheet("Budget") as ExcelJS.Worksheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("lecteur DocumentBudgetaire", () => {
  it("charge le plan de comptes dès que l'en-tête le nomme, comme le volet qui n'en a aucun d'avance", async () => {
    // A registry of its own, empty: the test setup has already loaded every plan into the shared one.
    const isolated: (typeof import("./docbudg-reader"))[] = [];
    jest.isolateModules(() => isolated.push(jest.requireActual<typeof import("./docbudg-reader")>("./docbudg-reader")));
    const [fresh] = isolated;
    if (!fresh) throw new Error("module non chargé");
    const bytes = readFileSync(join(SAMPLES, "01_crach_BP2022_principal/totem.xml"));
    expect(() => fresh.readDocumentBudgetaire(bytes, "bp.xml")).toThrow("non chargé");
    const loaded = await fresh.loadDocumentBudgetaire(bytes, "bp.xml");
    const expected = readDocumentBudgetaire(bytes, "bp.xml");
    expect(loaded.lines).toEqual(expected.lines);
  });

  it("décode l'ISO-8859-1 et lit l'en-tête", () => {
    const doc = readDocumentBudgetaire(fixture("bp-desequilibre-tardif.xml"), "bp.xml");
    expect(doc).toMatchObject({
      type: "BP",
      nomenclature: "M57-M57_A",
      exercice: 2024,
      dateVote: "2024-04-25",
      collectivite: "COMMUNE DE SAINT-ÉLOI-LÈS-TEST",
      population: 850,
    });
    expect(doc.lines).toHaveLength(9);
    expect(doc.lines.find((l) => l.nature === "73111")).toMatchObject({
      section: "F",
      chapitre: "731",
      mouvement: "reel",
      amounts: { credits: 8200000 },
    });
  });

  it("lit le CFU M57 (lignes calculées exclues) et l'état de la dette", () => {
    const doc = readDocumentBudgetaire(readFileSync(join(SAMPLES, "07_mohon_CFU2023_M57A/totem.xml")), "cfu.xml");
    expect(doc).toMatchObject({ type: "CFU", nomenclature: "M57-M57_A", exercice: 2023, population: 990 });
    expect(doc.lines).toHaveLength(163);
    expect(doc.facts.echeancier).toEqual({ interets: 1441847, capital: 6353701 });
  });

  it.each([
    ["tronque.xml", /XML mal formé ou tronqué \(ligne \d+/],
    ["mauvais-encodage.xml", /pas encodé en UTF-8/],
  ])("refuse %s avec un message français", (name, message) => {
    expect(() => readDocumentBudgetaire(fixture(name), name)).toThrow(BudgetReadError);
    expect(() => readDocumentBudgetaire(fixture(name), name)).toThrow(message);
  });

  it("refuse un montant illisible en nommant la ligne", () => {
    const text = fixture("bp-desequilibre-tardif.xml")
      .toString("latin1")
      .replace('<CredOuv V="12000.00"/>', '<CredOuv V="douze"/>');
    expect(() => readDocumentBudgetaire(Buffer.from(text, "latin1"), "bp.xml")).toThrow(
      "bp.xml, LigneBudget n° 1 : montant CredOuv illisible « douze »",
    );
  });

  it("refuse un XML qui n'est pas un document budgétaire", () => {
    expect(() => readDocumentBudgetaire(Buffer.from("<?xml version='1.0'?><Autre/>"), "x.xml")).toThrow(
      "élément Budget absent",
    );
  });
});

describe("export CSV du classeur", () => {
  it("lit les métadonnées, les montants français et la position des lignes", () => {
    const doc = readBudgetCsv(fixture("bp-equilibre.csv"), "bp.csv");
    expect(doc).toMatchObject({ type: "BP", exercice: 2024, dateVote: "2024-03-28", population: 850 });
    expect(doc.lines[0]).toMatchObject({
      nature: "60632",
      chapitre: "011",
      amounts: { credits: 1200000 },
      source: { line: 8 },
    });
    expect(doc.lines[2]).toMatchObject({ mouvement: "ordre", typeOrdre: "entre-sections" });
  });

  it("refuse du texte dans un montant en nommant la ligne et la colonne", () => {
    expect(() => readBudgetCsv(fixture("bp-montant-texte.csv"), "bp.csv")).toThrow(
      "bp.csv, ligne 9, colonne Crédits votés : montant illisible « cinquante mille »",
    );
  });

  it.each(["bp-excel-fr-1252.csv", "bp-excel-en-bom.csv"])(
    "%s (tel qu'Excel l'enregistre) vérifie comme son jumeau XML",
    (name) => {
      const xml = readDocumentBudgetaire(fixture("bp-desequilibre-tardif.xml"), "bp.xml");
      const csv = readBudgetCsv(fixture(name), name);
      expect(csv).toMatchObject({ collectivite: xml.collectivite, etablissement: xml.etablissement, exercice: 2024 });
      expect(csv.lines.find((l) => l.nature === "73111")?.libelle).toMatch(/^Impôts directs locaux[;,] rôles$/);
      const rules = (doc: typeof xml) =>
        checkBudget(doc, { today: "2025-06-15" }).map((f) => [f.rule, f.severity, f.message]);
      expect(rules(csv)).toEqual(rules(xml));
      expect(rules(csv).filter(([, severity]) => severity === "error").length).toBeGreaterThan(0);
    },
  );

  it("refuse un en-tête inattendu", () => {
    const text = fixture("bp-equilibre.csv").toString("utf8").replace("Crédits votés", "Montant");
    expect(() => readBudgetCsv(Buffer.from(text), "bp.csv")).toThrow("colonne « Crédits votés » attendue");
  });
});

describe("classeur budgétaire .xlsx", () => {
  it("écrit puis relit un DocumentBudgetaire réel sans perte", async () => {
    const bytes = readFileSync(join(SAMPLES, "01_crach_BP2022_principal/totem.xml"));
    const original = readDocumentBudgetaire(bytes, "bp.xml");
    const roundTrip = await readBudgetWorkbook(await docBudgToWorkbook(bytes, "bp.xml"), "bp.xlsx");
    expect(roundTrip).toMatchObject({
      type: "BP",
      nomenclature: original.nomenclature,
      exercice: 2022,
      population: 3446,
      facts: { echeancier: original.facts.echeancier },
    });
    const key = (l: (typeof original.lines)[number]) =>
      [l.section, l.sens, l.chapitre, l.nature, l.mouvement, l.amounts.credits ?? 0, l.amounts.rar ?? 0].join("|");
    expect(roundTrip.lines.map(key)).toEqual(original.lines.map(key));
    // The flow names few lines: the workbook names the others after the plan de comptes.
    expect(original.lines.find((l) => l.nature === "60611")?.libelle).toBeUndefined();
    expect(roundTrip.lines.find((l) => l.nature === "60611")?.libelle).toBe("Eau et assainissement");
  });

  it("a la feuille Budget décrite par la mise en page", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookWith(() => undefined)) as unknown as ArrayBuffer); // exceljs Buffer type
    expect((workbook.getWorksheet("Budget")?.getRow(1).values as unknown[]).slice(1)).toEqual([...BUDGET_COLUMNS]);
  });

  it.each([
    [
      "une formule jamais calculée",
      (s: ExcelJS.Worksheet) => (s.getCell("I3").value = { formula: "SUM(I2:I2)", date1904: false }),
      "cellule I3 : formule sans valeur calculée",
    ],
    [
      "une valeur d'erreur",
      (s: ExcelJS.Worksheet) => (s.getCell("J4").value = { error: "#DIV/0!" }),
      "cellule J4 : valeur d'erreur #DIV/0!",
    ],
    [
      "du texte dans un montant",
      (s: ExcelJS.Worksheet) => (s.getCell("I2").value = "beaucoup"),
      "cellule I2 : montant illisible « beaucoup »",
    ],
    ["une section inconnue", (s: ExcelJS.Worksheet) => (s.getCell("A5").value = "X"), "cellule A5 : section « X »"],
  ])("refuse %s en nommant la cellule", async (_name, edit, message) => {
    await expect(readBudgetWorkbook(await workbookWith(edit), "b.xlsx")).rejects.toThrow(message);
  });

  it("lit la valeur qu'Excel a calculée pour chaque formule : le classeur vérifie comme son jumeau XML", async () => {
    const xml = readDocumentBudgetaire(fixture("bp-desequilibre-tardif.xml"), "bp.xml");
    const bytes = await workbookWith((sheet) => {
      sheet.eachRow((row, r) => {
        if (r < 2) return;
        const cell = row.getCell(9);
        const euros = Number(cell.value);
        cell.value = { formula: `${euros / 2}*2`, result: euros, date1904: false };
      });
      sheet.getCell("I8").value = { formula: "9000*2", result: 18000, date1904: false };
    });
    const workbook = await readBudgetWorkbook(bytes, "bp.xlsx");
    const key = (l: (typeof xml.lines)[number]) => [l.section, l.sens, l.chapitre, l.nature, l.amounts.credits];
    expect(workbook.lines.map(key)).toEqual(xml.lines.map(key));
    const rules = (doc: typeof xml) =>
      checkBudget({ ...doc, dateVote: xml.dateVote }, { today: "2025-06-15" }).map((f) => [
        f.rule,
        f.severity,
        f.message,
      ]);
    expect(rules(workbook)).toEqual(rules(xml));
  });

  it("refuse un fichier qui n'est pas un classeur, et une extension inconnue", async () => {
    await expect(readBudgetWorkbook(Buffer.from("pas un zip"), "b.xlsx")).rejects.toThrow("classeur Excel illisible");
    await expect(readBudgetFile(Buffer.from(""), "b.pdf")).rejects.toThrow("format non pris en charge");
  });
});
