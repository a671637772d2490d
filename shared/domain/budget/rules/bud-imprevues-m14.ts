import { formatMoney } from "../../common/money";
import { depensesImprevuesCeiling } from "../../calendar";
import { percentOf } from "../../common/money";
import { defineRule } from "../../rules";
import { depensesReelles } from "../figures";
import type { BudgetSubject } from "../subject";
import { isM57 } from "../rule-support/m57";
import { appliesTo } from "../rule-support/support";

/** L2322-1: in M14, the dépenses imprévues (020, 022) of a section stay within 7,5 % of its real expenses. */
export default defineRule({
  meta: {
    id: "BUD-IMPREVUES-M14",
    severity: "error",
    title: "Dépenses imprévues de la M14 plafonnées à 7,5 % des dépenses réelles de la section",
    ref: "CGCT L2322-1",
    verification: "V",
    messages: {
      ceiling:
        "Dépenses imprévues de la section {section} (chapitre {chapitre}) : {montant}, au-delà de {taux} des dépenses réelles prévues de la section ({plafond}) ({texte}).",
    },
    note: "Le régime M57 (autorisations sans crédits, 2 %) est celui de BUD-M57-02.",
  },
  check(subject: BudgetSubject, context) {
    if (!appliesTo(subject, ["BP", "BS"]) || isM57(subject.document)) return;
    const { index, document } = subject;
    const ceiling = depensesImprevuesCeiling(document.exercice);
    for (const [chapitre, section, label] of [
      ["020", "I", "d'investissement"],
      ["022", "F", "de fonctionnement"],
    ] as const) {
      const montant = index.chapitre("credits", "D", chapitre);
      const plafond = percentOf(depensesReelles(index, "credits", section), ceiling.perThousand);
      if (montant > plafond)
        context.report({
          messageId: "ceiling",
          data: {
            section: label,
            chapitre,
            montant: formatMoney(montant),
            taux: ceiling.perThousand === 75 ? "7,5 %" : `${ceiling.perThousand / 10} %`,
            plafond: formatMoney(plafond),
            texte: ceiling.ref,
          },
          at: { section, sens: "D", chapitre },
        });
    }
  },
});
