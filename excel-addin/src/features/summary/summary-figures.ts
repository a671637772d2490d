import type { BudgetDocument, Cents, Section } from "@shared/domain/budget";
import { findPlan } from "@shared/domain/budget";
import { BudgetIndex } from "@shared/domain/budget/budget-index";
import { annuite, depensesReelles, recettesReellesFonctionnement } from "@shared/domain/budget/figures";
import { mainColumn } from "../budget/balance";

export interface ChapitreTotal {
  readonly chapitre: string;
  readonly libelle: string;
  readonly depenses: Cents;
  readonly recettes: Cents;
}

/** Dépenses and recettes of each chapitre of a section, in chapitre order, named after the plan de comptes. */
export function chapitreTotals(document: BudgetDocument, section: Section): ChapitreTotal[] {
  const column = mainColumn(document);
  const plan = findPlan(document.nomenclature, document.exercice)?.plan;
  const totals = new Map<string, { depenses: Cents; recettes: Cents }>();
  for (const line of document.lines) {
    if (line.section !== section) continue;
    const total = totals.get(line.chapitre) ?? { depenses: 0, recettes: 0 };
    if (line.sens === "D") total.depenses += line.amounts[column] ?? 0;
    else total.recettes += line.amounts[column] ?? 0;
    totals.set(line.chapitre, total);
  }
  return [...totals]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([chapitre, total]) => ({
      chapitre,
      libelle: plan?.chapitres.get(chapitre)?.libelle ?? `Chapitre ${chapitre}`,
      ...total,
    }));
}

export interface Autofinancement {
  readonly recettesReelles: Cents;
  readonly depensesReelles: Cents;
  /** Recettes réelles de fonctionnement − dépenses réelles de fonctionnement. */
  readonly epargneBrute: Cents;
  readonly capital: Cents;
  /** Épargne brute − remboursement du capital de la dette: what is left to invest. */
  readonly epargneNette: Cents;
}

export interface Dette {
  readonly interets: Cents;
  readonly capital: Cents;
  readonly annuite: Cents;
  /** Annuité over recettes réelles de fonctionnement, in per thousand; undefined without recettes. */
  readonly partDesRecettes: number | undefined;
}

export interface BudgetSummary {
  readonly autofinancement: Autofinancement;
  readonly dette: Dette;
}

/** The élus' figures, computed with the aggregates the BUD-* rules use (shared/domain/budget/figures.ts). */
export function budgetSummary(document: BudgetDocument): BudgetSummary {
  const column = mainColumn(document);
  const index = new BudgetIndex(document.lines);
  const recettesReelles = recettesReellesFonctionnement(index, column);
  const depenses = depensesReelles(index, column, "F");
  const capital = annuite(index, column).capital;
  const interets = index.sum(column, { section: "F", sens: "D", mouvement: "reel", natures: ["6611"] });
  const epargneBrute = recettesReelles - depenses;
  return {
    autofinancement: {
      recettesReelles,
      depensesReelles: depenses,
      epargneBrute,
      capital,
      epargneNette: epargneBrute - capital,
    },
    dette: {
      interets,
      capital,
      annuite: interets + capital,
      partDesRecettes: recettesReelles > 0 ? Math.round(((interets + capital) * 1000) / recettesReelles) : undefined,
    },
  };
}
