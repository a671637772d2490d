import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { compteVoteDeadline } from "../../calendar";
import { DOCUMENT_FR, frenchDate } from "../rule-support/support";

export default defineRule({
  meta: {
    id: "BUD-CAL-03",
    severity: "error",
    title: "Compte de l'exercice arrêté au plus tard le 30 juin suivant",
    ref: "CGCT L1612-12, L1612-13",
    verification: "V",
    messages: {
      late: "{document} {exercice} voté le {date}, après la date limite du {limite}.",
      noDate: "Date limite d'arrêté des comptes non vérifiée : date de vote absente du document.",
    },
    note: "Catalogue CAL-03.",
  },
  check(subject: BudgetSubject, context) {
    const { document } = subject;
    if (document.type !== "CA" && document.type !== "CFU") return;
    if (document.dateVote === undefined) {
      context.report({ messageId: "noDate", severity: "info" });
      return;
    }
    const limite = compteVoteDeadline(document.exercice).due;
    if (document.dateVote > limite) {
      const label = DOCUMENT_FR[document.type];
      context.report({
        messageId: "late",
        data: {
          document: label.charAt(0).toUpperCase() + label.slice(1),
          exercice: document.exercice,
          limite: frenchDate(limite),
          date: frenchDate(document.dateVote),
        },
      });
    }
  },
});
