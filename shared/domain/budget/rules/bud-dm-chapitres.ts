import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { chapitreKey, mouvementsDm } from "../dm";
import type { BudgetSubject } from "../subject";
import { chapitreFr, dmAgainstBudget } from "../rule-support/dm-support";

/**
 * L2312-2, L1612-11: a DM moves the chapitres the budget opened; a chapitre the budget does not have can only be
 * opened by the DM, with credits (a DM cannot take from a chapitre that holds nothing).
 */
export default defineRule({
  meta: {
    id: "BUD-DM-CHAPITRES",
    severity: "error",
    title: "Chapitres de la décision modificative ouverts au budget modifié ou ouverts par elle",
    ref: "CGCT L2312-2, L1612-11",
    verification: "D",
    messages: {
      reduitAbsent:
        "La décision modificative diminue de {montant} le chapitre {chapitre}, que {budget} n'ouvre pas : on ne retire des crédits qu'à un chapitre qui en a.",
      ouverts: "Chapitres ouverts par la décision modificative, que {budget} n'ouvrait pas : {chapitres}.",
      checked: "Chapitres de la décision modificative tous ouverts par {budget} (vérifié sur les deux documents).",
      noDocument: "Chapitres de la décision modificative non rapprochés du budget : {raison}.",
    },
    note: "Suite : rapproche la décision modificative du budget qu'elle modifie (--precedent), ou à défaut de son budget précédent (MtBudgPrec).",
  },
  check(subject: BudgetSubject, context) {
    const against = dmAgainstBudget(subject, context);
    if (!against) return;
    const { avant, budget } = against;
    const { index } = subject;
    const ouverts: string[] = [];
    let conform = true;
    for (const mouvement of mouvementsDm(index)) {
      if (mouvement.credits === 0 || (avant.credits.get(chapitreKey(mouvement)) ?? 0) !== 0) continue;
      if (mouvement.credits > 0) {
        ouverts.push(chapitreFr(mouvement));
        continue;
      }
      conform = false;
      context.report({
        messageId: "reduitAbsent",
        data: { montant: formatMoney(-mouvement.credits), chapitre: chapitreFr(mouvement), budget },
        at: { section: mouvement.section, sens: mouvement.sens, chapitre: mouvement.chapitre },
      });
    }
    if (ouverts.length > 0)
      context.report({ messageId: "ouverts", severity: "info", data: { budget, chapitres: ouverts.join(", ") } });
    else if (conform && avant.source === "budget")
      context.report({ messageId: "checked", severity: "info", data: { budget } });
  },
});
