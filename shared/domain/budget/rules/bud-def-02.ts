import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { frenchDate } from "../rule-support/support";

/** L1612-9/L1612-14: after a budget settled by the préfet, the CA is voted before the next BP and its deficit carried over. */
export default defineRule({
  meta: {
    id: "BUD-DEF-02",
    severity: "error",
    title: "Budget primitif suivant un budget réglé par le préfet",
    ref: "CGCT L1612-9, L1612-14",
    verification: "V",
    messages: {
      caAfter:
        "Le budget précédent a été réglé par le préfet : le compte administratif ({dateCA}) doit être voté avant ce budget primitif ({date}).",
      caMissing:
        "Le budget précédent a été réglé par le préfet : la date de vote du compte administratif, qui doit précéder ce budget primitif, n'est pas fournie.",
      noDeficit: "Le budget précédent a été réglé par le préfet : aucun déficit n'est repris au 001 ou au 002.",
      noData: "Règlement éventuel du budget précédent par le préfet non indiqué : règle non vérifiée.",
    },
    note: "Catalogue DEF-02.",
  },
  check(subject: BudgetSubject, context) {
    const { document, index } = subject;
    if (document.type !== "BP") return;
    const regle = document.facts.budgetPrecedentRegle;
    if (regle === undefined) {
      context.report({ messageId: "noData", severity: "info" });
      return;
    }
    if (!regle) return;
    const dateCA = document.facts.dateVoteCA;
    if (dateCA === undefined || document.dateVote === undefined)
      context.report({ messageId: "caMissing", severity: "warning" });
    else if (dateCA >= document.dateVote)
      context.report({
        messageId: "caAfter",
        data: { dateCA: frenchDate(dateCA), date: frenchDate(document.dateVote) },
      });
    if (index.chapitre("credits", "D", "001") === 0 && index.chapitre("credits", "D", "002") === 0) {
      context.report({ messageId: "noDeficit", severity: "warning" });
    }
  },
});
