import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { chapitreKey, mouvementsDm } from "../dm";
import type { BudgetSubject } from "../subject";
import { chapitreFr, dmAgainstBudget } from "../rule-support/dm-support";

/** L2312-2: after the DM, each chapitre still holds credits; a DM cannot take more than the budget opened. */
export default defineRule({
  meta: {
    id: "BUD-DM-NEGATIF",
    severity: "error",
    title: "Aucun chapitre rendu négatif par la décision modificative",
    ref: "CGCT L2312-2",
    verification: "D",
    messages: {
      negative:
        "Après la décision modificative, le chapitre {chapitre} passe à {apres} : {budget} l'ouvrait pour {avant} et la décision le diminue de {diminution}.",
      checked:
        "Aucun chapitre négatif après la décision modificative, d'après {budget} (vérifié sur les deux documents).",
      noDocument: "Chapitres après la décision modificative non vérifiés : {raison}.",
    },
    note: "Suite : complète BUD-CHAP-NEGATIF, qui ne peut juger une décision modificative seule. Un chapitre que le budget n'ouvre pas relève de BUD-DM-CHAPITRES.",
  },
  check(subject: BudgetSubject, context) {
    const against = dmAgainstBudget(subject, context);
    if (!against) return;
    const { avant, budget } = against;
    const { index } = subject;
    let conform = true;
    for (const mouvement of mouvementsDm(index)) {
      const before = avant.credits.get(chapitreKey(mouvement)) ?? 0;
      if (before === 0 || before + mouvement.credits >= 0) continue;
      conform = false;
      context.report({
        messageId: "negative",
        data: {
          chapitre: chapitreFr(mouvement),
          apres: formatMoney(before + mouvement.credits),
          avant: formatMoney(before),
          diminution: formatMoney(-mouvement.credits),
          budget,
        },
        at: { section: mouvement.section, sens: mouvement.sens, chapitre: mouvement.chapitre },
      });
    }
    if (conform && avant.source === "budget")
      context.report({ messageId: "checked", severity: "info", data: { budget } });
  },
});
