import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { annuite } from "../figures";
import type { BudgetSubject } from "../subject";
import { appliesTo } from "../rule-support/support";

/** L2321-2 30°: the interest and capital due in the year (annexe état de la dette) are compulsory expenses. */
export default defineRule({
  meta: {
    id: "BUD-OBL-01",
    severity: "error",
    title: "Dépenses obligatoires de la dette inscrites",
    ref: "CGCT L2321-2, L1612-15",
    verification: "V",
    messages: {
      interets:
        "Intérêts de la dette inscrits au 66111 ({inscrit}) inférieurs à l'échéancier de l'état de la dette ({du}).",
      capital:
        "Remboursement en capital inscrit au chapitre 16 ({inscrit}) inférieur à l'échéancier de l'état de la dette ({du}).",
      noData: "Dépenses obligatoires de la dette non vérifiées : annexe état de la dette absente.",
    },
    note: "Catalogue OBL-01 ; seules les annuités de la dette sont vérifiables sur le document (les autres dépenses obligatoires demandent des données externes).",
  },
  check(subject: BudgetSubject, context) {
    if (!appliesTo(subject, ["BP", "BS"])) return;
    const echeancier = subject.document.facts.echeancier;
    if (!echeancier) {
      context.report({ messageId: "noData", severity: "info" });
      return;
    }
    const interets = subject.index.sum("credits", { sens: "D", mouvement: "reel", natures: ["66111"] });
    const capital = annuite(subject.index, "credits").capital;
    if (interets < echeancier.interets)
      context.report({
        messageId: "interets",
        data: { inscrit: formatMoney(interets), du: formatMoney(echeancier.interets) },
        at: { section: "F", sens: "D", chapitre: "66", nature: "66111" },
      });
    if (capital < echeancier.capital)
      context.report({
        messageId: "capital",
        data: { inscrit: formatMoney(capital), du: formatMoney(echeancier.capital) },
        at: { section: "I", sens: "D", chapitre: "16" },
      });
  },
});
