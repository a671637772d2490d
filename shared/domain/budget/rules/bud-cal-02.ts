import { defineRule } from "../../rules";
import { percentOf } from "../../common/money";
import type { BudgetSubject } from "../subject";
import { euros } from "../rule-support/support";

/** L1612-1: before the BP, new investment spending is capped at a quarter of last year's credits, debt excluded. */
export default defineRule({
  meta: {
    id: "BUD-CAL-02",
    severity: "info",
    title: "Dépenses d'investissement engagées avant le vote du budget",
    ref: "CGCT L1612-1",
    verification: "V",
    messages: {
      exceeded:
        "Dépenses d'investissement engagées avant le vote ({engage}) au-delà du quart des crédits de l'exercice précédent hors dette ({plafond}).",
      noData:
        "Engagements antérieurs au vote du budget non fournis : la limite du quart des crédits d'investissement n'est pas vérifiée.",
    },
    note: "Catalogue CAL-02 (exécution avant le vote) ; nécessite les engagements et les crédits N-1.",
  },
  check(subject: BudgetSubject, context) {
    if (subject.document.type !== "BP") return;
    const avant = subject.document.facts.engagementsAvantVote;
    if (!avant) {
      context.report({ messageId: "noData" });
      return;
    }
    const plafond = percentOf(avant.creditsInvestissementPrecedent - avant.dettePrecedente, 250);
    if (avant.investissement > plafond)
      context.report({
        messageId: "exceeded",
        data: { engage: euros(avant.investissement), plafond: euros(plafond) },
        at: { section: "I" },
      });
  },
});
