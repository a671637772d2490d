import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { reprise } from "../figures";
import type { BudgetSubject } from "../subject";
import { appliesTo } from "../rule-support/support";

/**
 * R2311-12: the fonctionnement result of the compte of N-1 first covers its investment financing need (solde
 * d'exécution corrected by the restes à réaliser) through the 1068 of the budget of N; only the rest goes to 002.
 */
export default defineRule({
  meta: {
    id: "BUD-REPRISE-1068",
    severity: "error",
    title: "Affectation au 1068 couvrant le besoin de financement arrêté au compte de l'exercice précédent",
    ref: "CGCT L2311-5, R2311-12",
    verification: "D",
    messages: {
      insufficient:
        "Affectation au 1068 ({r1068}) inférieure au besoin de financement de la section d'investissement arrêté au compte {exercice}, restes à réaliser compris ({minimum}).",
      checked:
        "Affectation au 1068 ({r1068}) couvrant le besoin de financement arrêté au compte {exercice} ({minimum}) (vérifié sur les deux documents).",
      noDocument:
        "Affectation au 1068 non rapprochée du compte de l'exercice précédent : le compte administratif n'est pas fourni avec le budget.",
    },
    note: "Vérification sur deux documents de l'année (compte N-1 et budget N).",
  },
  check(subject: BudgetSubject, context) {
    if (!appliesTo(subject, ["BP", "BS"])) return;
    const r = reprise(subject.index);
    if (!r.repris) return;
    const precedent = subject.document.facts.precedent;
    if (!precedent) {
      context.report({ messageId: "noDocument", severity: "info" });
      return;
    }
    const minimum = Math.min(precedent.besoin, Math.max(0, precedent.resultats.fonctionnement));
    const data = { r1068: formatMoney(r.r1068), minimum: formatMoney(minimum), exercice: precedent.exercice };
    if (r.r1068 < minimum)
      context.report({
        messageId: "insufficient",
        data,
        at: { section: "I", sens: "R", chapitre: "10", nature: "1068" },
      });
    else context.report({ messageId: "checked", severity: "info", data });
  },
});
