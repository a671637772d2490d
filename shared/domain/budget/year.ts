import { BudgetIndex } from "./budget-index";
import { isYearEnd, resultats } from "./figures";
import type { BudgetDocument, Resultats } from "./model";

/**
 * Why a companion document cannot be used, in French, or undefined when it fits: the compte of N-1 for a budget
 * of N, the compte de gestion of the same year for a CA.
 */
export function precedentMismatch(budget: BudgetDocument, compte: BudgetDocument): string | undefined {
  if (!isYearEnd(compte))
    return "le document précédent doit être un compte administratif ou un compte financier unique";
  if (!["BP", "BS", "DM"].includes(budget.type))
    return "le compte de l'exercice précédent se compare à un budget primitif, supplémentaire ou à une décision modificative";
  if (compte.exercice !== budget.exercice - 1)
    return `le compte est de l'exercice ${compte.exercice}, le budget de l'exercice ${budget.exercice} (${budget.exercice - 1} attendu)`;
  return undefined;
}

/** The budget of N with the figures of the compte of N-1 it must take over (BUD-RES-03, BUD-REPRISE-*). */
export function withPrecedent(budget: BudgetDocument, compte: BudgetDocument): BudgetDocument {
  const r = resultats(new BudgetIndex(compte.lines));
  const resultatsPrecedents = { fonctionnement: r.fonctionnement, investissement: r.investissement };
  return {
    ...budget,
    facts: {
      ...budget.facts,
      resultatsPrecedents,
      precedent: {
        exercice: compte.exercice,
        resultats: resultatsPrecedents,
        rarDepenses: r.rarDepenses,
        rarRecettes: r.rarRecettes,
        besoin: r.besoin,
      },
    },
  };
}

/** The CA with the results of the compte de gestion (BUD-RES-04). */
export function withCompteDeGestion(compte: BudgetDocument, compteDeGestion: Resultats): BudgetDocument {
  return { ...compte, facts: { ...compte.facts, compteDeGestion } };
}
