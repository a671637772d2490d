import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { isYearEnd, reprise, resultats } from "../figures";
import type { BudgetSubject } from "../subject";
import { appliesTo } from "../rule-support/support";

/**
 * R2311-11/R2311-12: the fonctionnement surplus first covers the investment financing need (solde d'exécution
 * corrected by RAR) through the 1068. On a CA/CFU the need is computed from realisations; on a BP/BS that takes
 * over the results, from the 001, 002, 1068 and RAR it inscribes.
 */
export default defineRule({
  meta: {
    id: "BUD-AFFECT-1068-MIN",
    severity: "error",
    title: "Affectation au 1068 couvrant le besoin de financement de l'investissement",
    ref: "CGCT L2311-5, R2311-12",
    verification: "D",
    messages: {
      insufficient:
        "Affectation au 1068 ({r1068}) inférieure au besoin de financement de l'investissement, restes à réaliser compris ({minimum}).",
      toAffect:
        "Besoin de financement de l'investissement, restes à réaliser compris : {besoin} ; la délibération d'affectation devra inscrire au moins {minimum} au 1068 (non vérifié : affectation absente du document).",
      noData: "Affectation du résultat non vérifiée : le document ne donne pas les réalisations.",
    },
    note: "Catalogue RES-02.",
  },
  check(subject: BudgetSubject, context) {
    const at = { section: "I", sens: "R", chapitre: "10", nature: "1068" } as const;
    if (isYearEnd(subject.document)) {
      if (!subject.index.has("realise")) {
        context.report({ messageId: "noData", severity: "info" });
        return;
      }
      const r = resultats(subject.index);
      const minimum = Math.min(r.besoin, Math.max(0, r.fonctionnement));
      const voted = subject.document.facts.affectation1068;
      if (voted !== undefined && voted < minimum)
        context.report({
          messageId: "insufficient",
          data: { r1068: formatMoney(voted), minimum: formatMoney(minimum) },
          at,
        });
      else if (voted === undefined && minimum > 0)
        context.report({
          messageId: "toAffect",
          data: { besoin: formatMoney(r.besoin), minimum: formatMoney(minimum) },
          severity: "info",
          at,
        });
      return;
    }
    if (!appliesTo(subject, ["BP", "BS"])) return;
    const r = reprise(subject.index);
    if (!r.repris) return;
    const minimum = Math.min(r.besoin, Math.max(0, r.resultatF));
    if (r.r1068 < minimum)
      context.report({
        messageId: "insufficient",
        data: { r1068: formatMoney(r.r1068), minimum: formatMoney(minimum) },
        at,
      });
  },
});
