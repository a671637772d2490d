import { BudgetIndex } from "./budget-index";
import { chapitreTotals } from "./figures";
import type { BudgetDocument, Section, Sens } from "./model";
import { findPlan } from "./nomenclature";
import type { Cents } from "../common/money";

export interface ChapitreVote {
  readonly chapitre: string;
  /** The plan's name for the chapitre, when the nomenclature of the year knows it. */
  readonly libelle?: string;
  readonly credits: Cents;
}

export interface SectionVote {
  readonly section: Section;
  readonly sens: Sens;
  readonly chapitres: readonly ChapitreVote[];
  readonly total: Cents;
}

const ORDER: readonly (readonly [Section, Sens])[] = [
  ["F", "D"],
  ["F", "R"],
  ["I", "D"],
  ["I", "R"],
];

/**
 * The budget as the council votes it (L2312-2: by chapitre): for each section and sens, the chapitres in the plan's
 * order of codes with their credits, and the total.
 */
export function voteParChapitre(document: BudgetDocument): SectionVote[] {
  const plan = findPlan(document.nomenclature, document.exercice)?.plan;
  const totals = chapitreTotals(new BudgetIndex(document.lines));
  return ORDER.map(([section, sens]) => {
    const chapitres = totals
      .filter((t) => t.section === section && t.sens === sens)
      .sort((x, y) => x.chapitre.localeCompare(y.chapitre, "fr", { numeric: false }))
      .map((t): ChapitreVote => {
        const libelle = plan?.chapitres.get(t.chapitre)?.libelle;
        return { chapitre: t.chapitre, credits: t.credits, ...(libelle ? { libelle } : {}) };
      });
    return { section, sens, chapitres, total: chapitres.reduce((sum, c) => sum + c.credits, 0) };
  });
}
