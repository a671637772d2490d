import { BudgetIndex } from "./budget-index";
import { budgetModifieOf, creditsVotes } from "./dm";
import { isYearEnd, resultats } from "./figures";
import type { BudgetDocument, Resultats } from "./model";
import { DOCUMENT_FR, frenchDate } from "./rule-support/support";

/** A DM given a budget of its own year beside it: that budget is the one it modifies (BP, BS or an earlier DM). */
const modifiesBudget = (budget: BudgetDocument, other: BudgetDocument) => budget.type === "DM" && !isYearEnd(other);

function budgetModifieMismatch(dm: BudgetDocument, budget: BudgetDocument): string | undefined {
  if (budget.exercice !== dm.exercice)
    return `budget modifié de l'exercice ${budget.exercice} (${DOCUMENT_FR[budget.type]}), décision modificative de l'exercice ${dm.exercice} : la décision se compare au budget de son exercice`;
  if (!creditsVotes(budget))
    return "la décision modificative donnée comme budget modifié ne porte pas le budget précédent (MtBudgPrec) : donnez le budget primitif";
  if (budget.dateVote && dm.dateVote && budget.dateVote > dm.dateVote)
    return `date de vote du budget donné (${DOCUMENT_FR[budget.type]}, ${frenchDate(budget.dateVote)}) postérieure à celle de la décision modificative (${frenchDate(dm.dateVote)}) : donnez le budget qu'elle modifie`;
  return undefined;
}

/**
 * Why a companion document cannot be used, in French, or undefined when it fits: the compte of N-1 for a budget
 * of N, the budget a DM modifies, the compte de gestion of the same year for a CA.
 */
export function precedentMismatch(budget: BudgetDocument, compte: BudgetDocument): string | undefined {
  if (modifiesBudget(budget, compte)) return budgetModifieMismatch(budget, compte);
  if (!isYearEnd(compte))
    return "le document précédent doit être un compte administratif ou un compte financier unique";
  if (!["BP", "BS", "DM"].includes(budget.type))
    return "le compte de l'exercice précédent se compare à un budget primitif, supplémentaire ou à une décision modificative";
  if (compte.exercice !== budget.exercice - 1)
    return `le compte est de l'exercice ${compte.exercice}, le budget de l'exercice ${budget.exercice} (${budget.exercice - 1} attendu)`;
  return undefined;
}

/**
 * The budget of N with the figures of the compte of N-1 it must take over (BUD-RES-03, BUD-REPRISE-*), or the DM
 * with the budget it modifies (BUD-DM-*).
 */
export function withPrecedent(budget: BudgetDocument, compte: BudgetDocument): BudgetDocument {
  if (modifiesBudget(budget, compte)) {
    const budgetModifie = budgetModifieOf(compte);
    return budgetModifie ? { ...budget, facts: { ...budget.facts, budgetModifie } } : budget;
  }
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
