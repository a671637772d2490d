import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { dmAdjustmentDeadline } from "../../calendar";
import { frenchDate } from "../rule-support/support";

/** L1612-11: DM until 31/12; until 21/01 N+1 only for fonctionnement credits and ordre operations. */
export default defineRule({
  meta: {
    id: "BUD-DM-03",
    severity: "error",
    title: "Décision modificative adoptée dans la période autorisée",
    ref: "CGCT L1612-11",
    verification: "V",
    messages: {
      late: "Décision modificative de l'exercice {exercice} adoptée le {date}, après la date limite du {limite}.",
      lateInvestment:
        "Décision modificative adoptée le {date}, après le 31 décembre : seuls les crédits de fonctionnement et les opérations d'ordre peuvent encore être ajustés (nature {nature}, investissement réel).",
      noDate: "Période de la décision modificative non vérifiée : date d'adoption absente du document.",
    },
    note: "Catalogue DM-03.",
  },
  check(subject: BudgetSubject, context) {
    const { document } = subject;
    if (document.type !== "DM") return;
    const date = document.dateVote;
    if (date === undefined) {
      context.report({ messageId: "noDate", severity: "info" });
      return;
    }
    if (date <= `${document.exercice}-12-31`) return;
    const limite = dmAdjustmentDeadline(document.exercice).due;
    const data = { exercice: document.exercice, limite: frenchDate(limite), date: frenchDate(date) };
    if (date > limite) {
      context.report({ messageId: "late", data });
      return;
    }
    const line = document.lines.find(
      (l) => l.section === "I" && l.mouvement === "reel" && (l.amounts.credits ?? 0) !== 0,
    );
    if (line)
      context.report({
        messageId: "lateInvestment",
        data: { ...data, nature: line.nature },
        at: { section: "I", sens: line.sens, chapitre: line.chapitre, nature: line.nature },
      });
  },
});
