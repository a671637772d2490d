import type { BudgetDocument, Section } from "@shared/domain/budget";
import { formatMoney } from "@shared/domain/budget";
import type { BarChartProps } from "@shared/ui/components/BarChart";
import type { Autofinancement, ChapitreTotal, Dette } from "./summary-figures";
import { budgetSummary, chapitreTotals } from "./summary-figures";

/** What the élus see: who votes the budget, then its charts, each told in one sentence. */
export interface SummaryCharts {
  readonly collectivite: string;
  readonly charts: readonly BarChartProps[];
}

const SERIES = [{ name: "Dépenses" }, { name: "Recettes" }];
const AMOUNT = [{ name: "Montant" }];
const SECTION_TITLE: Readonly<Record<Section, string>> = { F: "fonctionnement", I: "investissement" };

export function summaryCharts(document: BudgetDocument): SummaryCharts {
  const { autofinancement, dette } = budgetSummary(document);
  return {
    collectivite: [document.collectivite, `${document.type} ${document.exercice}`].filter(Boolean).join(" — "),
    charts: [
      chapitreChart("F", chapitreTotals(document, "F")),
      chapitreChart("I", chapitreTotals(document, "I")),
      autofinancementChart(autofinancement),
      detteChart(dette),
    ],
  };
}

export function chapitreChart(section: Section, totals: readonly ChapitreTotal[]): BarChartProps {
  const biggest = [...totals].sort((a, b) => b.depenses - a.depenses)[0];
  return {
    title: `Dépenses et recettes par chapitre — ${SECTION_TITLE[section]}`,
    description: biggest
      ? `Premier poste de dépenses : ${biggest.libelle} (${formatMoney(biggest.depenses)}).`
      : "Aucune ligne dans cette section.",
    series: SERIES,
    groups: totals.map((t) => ({ label: `${t.chapitre} ${t.libelle}`, values: [t.depenses, t.recettes] })),
    format: formatMoney,
  };
}

export function autofinancementChart(a: Autofinancement): BarChartProps {
  return {
    title: "Autofinancement",
    description: `Épargne brute ${formatMoney(a.epargneBrute)} ; après remboursement du capital de la dette, épargne nette ${formatMoney(a.epargneNette)}.`,
    series: AMOUNT,
    groups: [
      { label: "Recettes réelles de fonctionnement", values: [a.recettesReelles] },
      { label: "Dépenses réelles de fonctionnement", values: [a.depensesReelles] },
      { label: "Épargne brute", values: [a.epargneBrute] },
      { label: "Remboursement du capital", values: [a.capital] },
      { label: "Épargne nette", values: [a.epargneNette] },
    ],
    format: formatMoney,
  };
}

/** The annuité's share of the recettes is kept in per thousand: one decimal of a percentage, written the French way. */
export function detteChart(d: Dette): BarChartProps {
  const part =
    d.partDesRecettes === undefined
      ? ""
      : `, soit ${String(d.partDesRecettes / 10).replace(".", ",")} % des recettes réelles de fonctionnement`;
  return {
    title: "Dette : annuité de l'exercice",
    description: `Annuité ${formatMoney(d.annuite)}${part}.`,
    series: AMOUNT,
    groups: [
      { label: "Intérêts", values: [d.interets] },
      { label: "Capital", values: [d.capital] },
      { label: "Annuité", values: [d.annuite] },
    ],
    format: formatMoney,
  };
}
