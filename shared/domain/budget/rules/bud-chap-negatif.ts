import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { chapitreTotals } from "../figures";
import type { BudgetSubject } from "../subject";
import { appliesTo, SECTION_FR } from "../rule-support/support";

/** L2312-2: the council votes an amount of credits per chapitre; a negative one authorises nothing. */
export default defineRule({
  meta: {
    id: "BUD-CHAP-NEGATIF",
    severity: "error",
    title: "Aucun chapitre voté avec des crédits négatifs",
    ref: "CGCT L2312-2",
    verification: "D",
    messages: {
      negative:
        "Chapitre {chapitre} ({sens} de la section {section}) voté pour {montant} : un crédit ne peut être négatif.",
    },
    note: "Une décision modificative peut diminuer un chapitre : seul le budget qu'elle modifie dit s'il devient négatif.",
  },
  check(subject: BudgetSubject, context) {
    if (!appliesTo(subject, ["BP", "BS", "CA", "CFU"])) return;
    for (const total of chapitreTotals(subject.index)) {
      if (total.credits < 0)
        context.report({
          messageId: "negative",
          data: {
            chapitre: total.chapitre,
            sens: total.sens === "D" ? "dépenses" : "recettes",
            section: SECTION_FR[total.section],
            montant: formatMoney(total.credits),
          },
          at: { section: total.section, sens: total.sens, chapitre: total.chapitre },
        });
    }
  },
});
