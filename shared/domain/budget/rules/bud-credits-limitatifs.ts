import { defineRule } from "../../rules";
import { chapitreTotals } from "../figures";
import type { BudgetSubject } from "../subject";
import { euros } from "../rule-support/support";

/**
 * Carry-overs and forecasts are not executed (BUD-RES-01, BUD-RES-05 check them); ordre operations computed at
 * closing (amortissements, cessions) are booked beyond their forecast in accepted accounts (Montreuil CA 2019,
 * Mohon CFU 2023): only real expenses are limited.
 */
const NOT_LIMITED = new Set(["001", "002", "020", "022", "023", "021", "024", "040", "041", "042", "043"]);

/**
 * L1612-11, L2312-2: expenses are paid within the credits opened on their chapitre (crédits limitatifs); a
 * realisation beyond them was paid without authorisation.
 */
export default defineRule({
  meta: {
    id: "BUD-CREDITS-LIMITATIFS",
    severity: "error",
    title: "Dépenses réalisées dans la limite des crédits ouverts au chapitre",
    ref: "CGCT L2312-2, L1612-11",
    verification: "D",
    messages: {
      exceeded:
        "Chapitre {chapitre} de la section {section} : dépenses réalisées {realise}, au-delà des crédits ouverts ({credits}).",
    },
    note: "Compte administratif ou compte financier unique : dépenses réelles, reports et opérations d'ordre exclus.",
  },
  check(subject: BudgetSubject, context) {
    const { document, index } = subject;
    if (document.type !== "CA" && document.type !== "CFU") return;
    if (!index.has("realise")) return;
    for (const total of chapitreTotals(index)) {
      if (total.sens !== "D" || NOT_LIMITED.has(total.chapitre) || total.realise <= total.credits) continue;
      context.report({
        messageId: "exceeded",
        data: {
          chapitre: total.chapitre,
          section: total.section === "F" ? "de fonctionnement" : "d'investissement",
          realise: euros(total.realise),
          credits: euros(total.credits),
        },
        at: { section: total.section, sens: "D", chapitre: total.chapitre },
      });
    }
  },
});
