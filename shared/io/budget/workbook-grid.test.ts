import type { BudgetDocument, BudgetLine } from "@shared/domain/budget";
import { checkBudget, findPlan } from "@shared/domain/budget";
import { SAMPLE_BUDGET, SAMPLE_DOCUMENT_SHEET } from "@excel-addin/src/host/sample-workbook";
import type { SheetBlock } from "../grid";
import { excelSerialToIso } from "../grid";
import { documentToGrids, gridsToDocument, SHEET_PLACES, templateGrids } from "./workbook-grid";
import { BUDGET_COLUMNS } from "./workbook-layout";

const readSheets = (document: SheetBlock, budget: SheetBlock) => gridsToDocument(document, budget, SHEET_PLACES);

const budgetWith = (line: (string | number | null)[], origin = "A1"): SheetBlock => ({
  sheet: "Budget",
  origin,
  values: [[...BUDGET_COLUMNS], line],
});
const LINE = ["F", "D", "011", "60611", "", "", "Eau", "réel", 1200.5, null, null];

describe("gridsToDocument : les feuilles Document et Budget lues par le port", () => {
  it("lit le budget d'exemple, montants en centimes et ligne d'origine de chaque ligne", () => {
    const document = readSheets(SAMPLE_DOCUMENT_SHEET, SAMPLE_BUDGET);
    expect(document).toMatchObject({
      type: "BP",
      nomenclature: "M57_A",
      exercice: 2026,
      population: 842,
      collectivite: "Saint-Aubin-sur-Loire",
    });
    expect(document.facts.echeancier).toEqual({ interets: 150000, capital: 800000 });
    expect(document.lines).toHaveLength(SAMPLE_BUDGET.values.length - 1);
    expect(document.lines[0]).toMatchObject({
      chapitre: "011",
      nature: "60611",
      amounts: { credits: 1200000 },
      source: { sheet: "Budget", line: 2 },
    });
  });

  it("tient compte d'un tableau qui ne commence pas en A1", () => {
    const document = readSheets(SAMPLE_DOCUMENT_SHEET, budgetWith(LINE, "B3"));
    expect(document.lines[0]?.source).toEqual({ sheet: "Budget", cell: "B4", line: 4 });
    expect(document.lines[0]?.amounts.credits).toBe(120050);
  });

  it("convertit une date de vote saisie comme date Excel", () => {
    const withDate: SheetBlock = {
      ...SAMPLE_DOCUMENT_SHEET,
      values: [...SAMPLE_DOCUMENT_SHEET.values, ["Date de vote", 46106]],
    };
    expect(readSheets(withDate, SAMPLE_BUDGET).dateVote).toBe("2026-03-25");
    expect(excelSerialToIso(1)).toBe("1899-12-31");
  });

  it.each([
    [
      "un montant illisible",
      ["F", "D", "011", "60611", "", "", "Eau", "réel", "douze", null, null],
      /Feuille « Budget », cellule I2 : montant illisible « douze »/,
    ],
    [
      "une section inconnue",
      ["X", "D", "011", "60611", "", "", "Eau", "réel", 1, null, null],
      /Feuille « Budget », cellule A2 : section « X »/,
    ],
    [
      "une nature non numérique",
      ["F", "D", "011", "eau", "", "", "Eau", "réel", 1, null, null],
      /cellule D2 : nature « eau »/,
    ],
  ])("refuse %s en nommant la cellule", (_name, line, message) => {
    expect(() => readSheets(SAMPLE_DOCUMENT_SHEET, budgetWith(line))).toThrow(message);
  });

  it("nomme la colonne d'en-tête qui ne correspond pas", () => {
    const header = [...BUDGET_COLUMNS].map((c) => (c === "RAR" ? "Restes" : c));
    expect(() => readSheets(SAMPLE_DOCUMENT_SHEET, { sheet: "Budget", origin: "A1", values: [header] })).toThrow(
      /cellule J1 : colonne « RAR » attendue, trouvé « Restes »/,
    );
  });

  it("nomme la cellule d'une clé du Document mal remplie, ou la clé absente", () => {
    const badYear: SheetBlock = {
      ...SAMPLE_DOCUMENT_SHEET,
      values: SAMPLE_DOCUMENT_SHEET.values.map((r) => (r[0] === "Exercice" ? ["exercice", "l'an prochain"] : r)),
    };
    expect(() => readSheets(badYear, SAMPLE_BUDGET)).toThrow(/Feuille « Document », cellule B3 : exercice/);
    expect(() => readSheets({ sheet: "Document", origin: "A1", values: [] }, SAMPLE_BUDGET)).toThrow(
      /Feuille « Document », clé « Type » absente/,
    );
  });

  it("explique qu'une feuille Budget vide est à créer", () => {
    expect(() => readSheets(SAMPLE_DOCUMENT_SHEET, { sheet: "Budget", origin: "A1", values: [] })).toThrow(
      /Créer un budget/,
    );
  });
});

describe("documentToGrids et templateGrids : les feuilles écrites se relisent", () => {
  it("un document écrit puis relu garde ses lignes et ses montants", () => {
    const original = readSheets(SAMPLE_DOCUMENT_SHEET, SAMPLE_BUDGET);
    const [document, budget] = documentToGrids(original);
    const reread = readSheets(document, budget);
    expect(reread.lines.map((l) => [l.section, l.sens, l.chapitre, l.nature, l.mouvement, l.amounts.credits])).toEqual(
      original.lines.map((l) => [l.section, l.sens, l.chapitre, l.nature, l.mouvement, l.amounts.credits]),
    );
    expect(reread.facts).toEqual(original.facts);
  });

  it("écrit le libellé de la ligne, sinon celui du plan de comptes, sinon rien", () => {
    const plan = findPlan("M57_A", 2024)?.plan;
    const line = (nature: string, libelle?: string): BudgetLine => ({
      section: "F",
      sens: "D",
      chapitre: "011",
      nature,
      mouvement: "reel",
      ...(libelle === undefined ? {} : { libelle }),
      amounts: { credits: 100 },
    });
    const document: BudgetDocument = {
      type: "BP",
      nomenclature: "M57_A",
      exercice: 2024,
      budgetAnnexe: false,
      lines: [line("60611", "Eau des écoles"), line("60611"), line("606119", " "), line("99999")],
      facts: {},
    };
    const labels = (grids: ReturnType<typeof documentToGrids>) =>
      grids[1].values.slice(1).map((row) => row[BUDGET_COLUMNS.indexOf("Libellé")]);
    expect(labels(documentToGrids(document, plan))).toEqual([
      "Eau des écoles",
      "Eau et assainissement",
      "Eau et assainissement",
      null,
    ]);
    expect(labels(documentToGrids(document))).toEqual(["Eau des écoles", null, null, null]);
  });

  it("le modèle est un budget primitif vide, lisible et sans déséquilibre", () => {
    const [document, budget] = templateGrids(2027);
    const empty = readSheets(document, budget);
    expect(empty).toMatchObject({ type: "BP", exercice: 2027, nomenclature: "M57_A", lines: [] });
    expect(document.values.map((r) => r[0])).toEqual(
      expect.arrayContaining(["Type", "Exercice", "Date de vote", "Collectivité", "Population"]),
    );
    expect(checkBudget(empty, { today: "2027-01-10" }).filter((f) => f.severity === "error")).toEqual([]);
  });
});
