import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { budgetVoteDeadline } from "../../calendar";
import { frenchDate } from "../rule-support/support";

export default defineRule({
  meta: {
    id: "BUD-CAL-01",
    severity: "error",
    title: "Budget primitif voté dans les délais",
    ref: "CGCT L1612-2, L1612-8, L1612-9",
    verification: "V",
    messages: {
      late: "Budget primitif {exercice} voté le {date}, après la date limite du {limite} ; sauf informations fiscales communiquées après le 31 mars (15 jours après leur communication) ou budget précédent réglé par le préfet (1er juin), le préfet saisit la chambre régionale des comptes.",
      noDate: "Date limite de vote du budget primitif non vérifiée : date de vote absente du document.",
    },
    note: "Catalogue CAL-01.",
  },
  check(subject: BudgetSubject, context) {
    const { document } = subject;
    if (document.type !== "BP") return;
    if (document.dateVote === undefined) {
      context.report({ messageId: "noDate", severity: "info" });
      return;
    }
    const year = document.exercice;
    const limite = budgetVoteDeadline(year, document.facts.anneeRenouvellement).due;
    if (document.dateVote > limite) {
      context.report({
        messageId: "late",
        data: { exercice: year, date: frenchDate(document.dateVote), limite: frenchDate(limite) },
      });
    }
  },
});
