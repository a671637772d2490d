import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { depensesReelles, isStockBudget } from "../figures";
import type { BudgetSubject } from "../subject";
import { appliesTo } from "../rule-support/support";

/** The loan may finance equipment, not the fonctionnement nor the debt itself (heuristic of the catalog). */
export default defineRule({
  meta: {
    id: "BUD-EQ-11",
    severity: "warning",
    title: "Emprunt limité au financement de l'investissement",
    ref: "CGCT L1612-4, L2331-8",
    verification: "M",
    messages: {
      excessive:
        "Emprunts inscrits ({emprunt}) supérieurs aux dépenses réelles d'investissement hors dette ({investissement}) : l'emprunt semble financer autre chose que l'équipement.",
    },
    note: "Catalogue EQ-11 (heuristique) ; ne s'applique pas aux budgets de lotissement, dont l'emprunt porte le stock.",
  },
  check(subject: BudgetSubject, context) {
    if (!appliesTo(subject, ["BP", "BS", "DM"]) || isStockBudget(subject.document, subject.index)) return;
    const { index } = subject;
    const emprunt = index.sum("credits", { sens: "R", mouvement: "reel", natures: ["1641", "1643", "16441", "168"] });
    const investissement =
      depensesReelles(index, "credits", "I") -
      index.sum("credits", { sens: "D", mouvement: "reel", chapitres: ["16"] });
    if (emprunt > Math.max(0, investissement)) {
      context.report({
        messageId: "excessive",
        data: { emprunt: formatMoney(emprunt), investissement: formatMoney(investissement) },
        at: { section: "I", sens: "R", chapitre: "16" },
      });
    }
  },
});
