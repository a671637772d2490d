import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { chapitreKey, reportedBefore } from "../dm";
import type { ChapitreCredits } from "../model";
import type { BudgetSubject } from "../subject";
import { budgetModifieFr, chapitreFr } from "../rule-support/dm-support";

/** Gaps listed one by one; past this, one line counts the rest (a DM set against the wrong budget differs everywhere). */
const MAX_LISTED = 10;

/**
 * The DM reports, chapitre by chapitre, the credits voted before it (MtBudgPrec, MtRARPrec); they are those of the
 * budget it modifies. A gap means a decision voted in between, or a DM prepared on other figures.
 */
export default defineRule({
  meta: {
    id: "BUD-DM-REPORT",
    severity: "warning",
    title: "Budget précédent de la décision modificative égal au budget modifié",
    ref: "CGCT L1612-11, L2312-2",
    verification: "D",
    messages: {
      gap: "Chapitre {chapitre} : la décision modificative reporte un budget précédent de {reporte}, {budget} ouvre {ouvert} (écart {ecart}). Si une décision a été votée entre les deux, donnez-la à la place avec --precedent.",
      more: "{count} autres chapitres présentent un écart entre le budget précédent de la décision et {budget}.",
      checked:
        "Budget précédent de la décision modificative égal, chapitre par chapitre, aux crédits qu'ouvre {budget} (vérifié sur les deux documents).",
      noDocument:
        "Budget précédent de la décision modificative non rapproché : le budget qu'elle modifie n'est pas fourni (mairie check-budget --precedent BP.xml DM.xml).",
      noData: "Budget précédent de la décision modificative non rapproché : la décision ne le donne pas (MtBudgPrec).",
    },
    note: "Suite : budget précédent de la DM = MtBudgPrec + MtRARPrec ; crédits du budget modifié = crédits ouverts d'un BP ou BS, budget précédent plus mouvements d'une DM.",
  },
  check(subject: BudgetSubject, context) {
    const { document, index } = subject;
    if (document.type !== "DM") return;
    const modifie = document.facts.budgetModifie;
    if (!modifie) {
      context.report({ messageId: "noDocument", severity: "info" });
      return;
    }
    const reported = reportedBefore(index);
    if (!reported) {
      context.report({ messageId: "noData", severity: "info" });
      return;
    }
    const budget = budgetModifieFr(modifie);
    const pairs = new Map<string, { chapitre: ChapitreCredits; reporte: number; ouvert: number }>();
    for (const c of reported) pairs.set(chapitreKey(c), { chapitre: c, reporte: c.credits, ouvert: 0 });
    for (const c of modifie.chapitres) {
      const pair = pairs.get(chapitreKey(c));
      if (pair) pair.ouvert = c.credits;
      else pairs.set(chapitreKey(c), { chapitre: c, reporte: 0, ouvert: c.credits });
    }
    let gaps = 0;
    for (const { chapitre, reporte, ouvert } of pairs.values()) {
      if (reporte === ouvert) continue;
      gaps++;
      if (gaps > MAX_LISTED) continue;
      context.report({
        messageId: "gap",
        data: {
          chapitre: chapitreFr(chapitre),
          reporte: formatMoney(reporte),
          ouvert: formatMoney(ouvert),
          ecart: formatMoney(Math.abs(reporte - ouvert)),
          budget,
        },
        at: { section: chapitre.section, sens: chapitre.sens, chapitre: chapitre.chapitre },
      });
    }
    if (gaps > MAX_LISTED) context.report({ messageId: "more", data: { count: gaps - MAX_LISTED, budget } });
    if (gaps === 0) context.report({ messageId: "checked", severity: "info", data: { budget } });
  },
});
