import { defineRule } from "../../rules";
import { isYearEnd } from "../figures";
import type { BudgetSubject } from "../subject";
import { euros } from "../rule-support/support";

/** Chapitres that hold forecasts or carry-overs only: nothing there can remain to be executed. */
const FORECAST_ONLY = ["001", "002", "020", "021", "022", "023", "024"];

export default defineRule({
  meta: {
    id: "BUD-RES-05",
    severity: "warning",
    title: "Sincérité des restes à réaliser",
    ref: "CGCT R2311-11",
    verification: "V",
    messages: {
      impossible:
        "Restes à réaliser de {montant} au chapitre {chapitre}, qui ne comporte que des prévisions ou des reports.",
      justify:
        "Restes à réaliser : dépenses {d}, recettes {r} ; chacun doit être justifié (engagement juridique, arrêté de subvention, contrat d'emprunt signé), non vérifiable sur le document.",
    },
    note: "Catalogue RES-05.",
  },
  check(subject: BudgetSubject, context) {
    if (!isYearEnd(subject.document)) return;
    const { index } = subject;
    for (const chapitre of FORECAST_ONLY) {
      for (const sens of ["D", "R"] as const) {
        const montant = index.chapitre("rar", sens, chapitre);
        if (montant !== 0)
          context.report({
            messageId: "impossible",
            data: { montant: euros(montant), chapitre },
            at: { sens, chapitre },
          });
      }
    }
    const d = index.sum("rar", { sens: "D" });
    const r = index.sum("rar", { sens: "R" });
    if (d !== 0 || r !== 0)
      context.report({ messageId: "justify", data: { d: euros(d), r: euros(r) }, severity: "info" });
  },
});
