import type { BudgetDocument, BudgetLine } from "@shared/domain/budget";
import { gridsToDocument, SHEET_PLACES } from "@shared/io/budget/workbook-grid";
import { SAMPLE_BUDGET, SAMPLE_DOCUMENT_SHEET } from "../../host/sample-workbook";
import { budgetSummary, chapitreTotals } from "./summary-figures";

const sample = gridsToDocument(SAMPLE_DOCUMENT_SHEET, SAMPLE_BUDGET, SHEET_PLACES);
const line = (
  section: "F" | "I",
  sens: "D" | "R",
  chapitre: string,
  nature: string,
  credits: number,
  mouvement: BudgetLine["mouvement"] = "reel",
): BudgetLine => ({
  section,
  sens,
  chapitre,
  nature,
  mouvement,
  amounts: { credits },
});
const doc = (lines: BudgetLine[]): BudgetDocument => ({ ...sample, lines });

describe("chapitreTotals", () => {
  it("additionne dépenses et recettes par chapitre, dans l'ordre des chapitres, avec le libellé du plan", () => {
    expect(chapitreTotals(sample, "F")).toEqual([
      { chapitre: "011", libelle: "Charges à caractère général", depenses: 2100000, recettes: 0 },
      { chapitre: "012", libelle: expect.stringMatching(/personnel/i), depenses: 9800000, recettes: 0 },
      { chapitre: "023", libelle: expect.any(String), depenses: 3000000, recettes: 0 },
      { chapitre: "65", libelle: "Autres charges de gestion courante", depenses: 2450000, recettes: 0 },
      { chapitre: "66", libelle: expect.any(String), depenses: 150000, recettes: 0 },
      { chapitre: "731", libelle: "Fiscalité locale", depenses: 0, recettes: 12850000 },
      { chapitre: "74", libelle: "Dotations et participations", depenses: 0, recettes: 4650000 },
    ]);
  });

  it("nomme un chapitre inconnu du plan par son code", () => {
    expect(chapitreTotals(doc([line("I", "D", "999", "9999", 100)]), "I")).toEqual([
      { chapitre: "999", libelle: "Chapitre 999", depenses: 100, recettes: 0 },
    ]);
  });
});

describe("budgetSummary : autofinancement et dette", () => {
  it("épargne brute = recettes réelles − dépenses réelles de fonctionnement ; nette = brute − capital", () => {
    expect(budgetSummary(sample).autofinancement).toEqual({
      recettesReelles: 17500000,
      depensesReelles: 14500000,
      epargneBrute: 3000000,
      capital: 800000,
      epargneNette: 2200000,
    });
  });

  it("annuité = intérêts + capital, et sa part des recettes réelles", () => {
    expect(budgetSummary(sample).dette).toEqual({
      interets: 150000,
      capital: 800000,
      annuite: 950000,
      partDesRecettes: 54,
    });
  });

  it("les opérations d'ordre et le résultat reporté ne comptent pas dans l'épargne", () => {
    const lines = [
      line("F", "R", "74", "74111", 1000),
      line("F", "R", "002", "002", 500),
      line("F", "D", "042", "6811", 300, "ordre"),
      line("F", "D", "011", "60611", 400),
    ];
    expect(budgetSummary(doc(lines)).autofinancement.epargneBrute).toBe(600);
  });

  it("une épargne négative reste négative ; sans recettes, pas de part calculée", () => {
    const summary = budgetSummary(doc([line("F", "D", "011", "60611", 400), line("I", "D", "16", "1641", 100)]));
    expect(summary.autofinancement.epargneNette).toBe(-500);
    expect(summary.dette.partDesRecettes).toBeUndefined();
  });
});
