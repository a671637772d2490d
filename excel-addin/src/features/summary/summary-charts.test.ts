import type { BudgetDocument } from "@shared/domain/budget";
import { formatMoney } from "@shared/domain/budget";
import { gridsToDocument, SHEET_PLACES } from "@shared/io/budget/workbook-grid";
import { SAMPLE_BUDGET, SAMPLE_DOCUMENT_SHEET } from "../../host/sample-workbook";
import { autofinancementChart, chapitreChart, detteChart, summaryCharts } from "./summary-charts";

const sample = gridsToDocument(SAMPLE_DOCUMENT_SHEET, SAMPLE_BUDGET, SHEET_PLACES);

describe("la synthèse pour les élus", () => {
  it("nomme la collectivité et le document, puis dessine quatre graphiques dans l'ordre", () => {
    const { collectivite, charts } = summaryCharts(sample);
    expect(collectivite).toBe(`${sample.collectivite} — ${sample.type} ${sample.exercice}`);
    expect(charts.map((c) => c.title)).toEqual([
      "Dépenses et recettes par chapitre — fonctionnement",
      "Dépenses et recettes par chapitre — investissement",
      "Autofinancement",
      "Dette : annuité de l'exercice",
    ]);
  });

  it.each([
    [{ ...sample, collectivite: "Saint-Martin" }, "Saint-Martin — BP 2026"],
    [{ ...sample, collectivite: undefined }, "BP 2026"],
  ])("le titre omet une collectivité inconnue : %#", (document: BudgetDocument, title) => {
    expect(summaryCharts({ ...document, type: "BP", exercice: 2026 }).collectivite).toBe(title);
  });
});

describe("les dépenses et recettes par chapitre", () => {
  const total = (chapitre: string, depenses: number, recettes = 0) => ({
    chapitre,
    libelle: `Libellé ${chapitre}`,
    depenses,
    recettes,
  });

  it.each([
    [[], "Aucune ligne dans cette section."],
    [
      [total("011", 100), total("012", 300), total("65", 200)],
      `Premier poste de dépenses : Libellé 012 (${formatMoney(300)}).`,
    ],
  ])("décrit le premier poste de dépenses : %#", (totals, description) => {
    expect(chapitreChart("F", totals).description).toBe(description);
  });

  it("une barre de dépenses et une de recettes par chapitre, nommé par son code et son libellé", () => {
    expect(chapitreChart("I", [total("16", 800, 50)]).groups).toEqual([{ label: "16 Libellé 16", values: [800, 50] }]);
  });
});

describe("l'autofinancement et la dette", () => {
  it("dit l'épargne brute puis l'épargne nette", () => {
    const chart = autofinancementChart({
      recettesReelles: 100,
      depensesReelles: 70,
      epargneBrute: 30,
      capital: 8,
      epargneNette: 22,
    });
    expect(chart.description).toBe(
      `Épargne brute ${formatMoney(30)} ; après remboursement du capital de la dette, épargne nette ${formatMoney(22)}.`,
    );
    expect(chart.groups.map((g) => g.values[0])).toEqual([100, 70, 30, 8, 22]);
  });

  it.each([
    [54, `Annuité ${formatMoney(950)}, soit 5,4 % des recettes réelles de fonctionnement.`],
    [50, `Annuité ${formatMoney(950)}, soit 5 % des recettes réelles de fonctionnement.`],
    [undefined, `Annuité ${formatMoney(950)}.`],
  ])("part de l'annuité dans les recettes, en pour mille %s", (partDesRecettes, description) => {
    expect(detteChart({ interets: 150, capital: 800, annuite: 950, partDesRecettes }).description).toBe(description);
  });
});
