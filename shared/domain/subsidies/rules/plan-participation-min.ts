import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { DEROGATIONS, minimumParticipation } from "../derogations";
import { formatDateFr } from "../iso-date";
import { activeFunders, fundersTotal, isPublic, ownShare } from "../plan";
import { atLeast, formatRate, rateOf } from "../rate";
import type { PlanSubject } from "../subject";

export default defineRule<PlanSubject, "insuffisante" | "decisionAbsente" | "horsVigueur">({
  meta: {
    id: "PLAN-PARTICIPATION-MIN",
    severity: "error",
    title: "Participation minimale du maître d'ouvrage",
    ref: "CGCT L1111-10 III",
    verification: "V",
    messages: {
      insuffisante:
        "Participation du maître d'ouvrage {part} ({taux}) inférieure au minimum de {minimum} des financements publics ({total}){motif}.",
      decisionAbsente: "Dérogation « {derogation} » ({ref}) : joignez la décision du préfet qui l'accorde.",
      horsVigueur: "La dérogation « {derogation} » ({ref}) n'est pas en vigueur au {date} : elle n'est pas appliquée.",
    },
    note: "Part du maître d'ouvrage = autofinancement + emprunt ; financements privés hors assiette ; l'assiette HT/TTC suit la base du plan.",
  },
  check({ plan, departement }, ctx) {
    const minimum = minimumParticipation(plan, ctx.date, departement);
    for (const derogation of plan.derogations) {
      const rule = DEROGATIONS[derogation.kind];
      const data = { derogation: rule.label, ref: rule.ref, date: formatDateFr(ctx.date) };
      if (minimum.notInForce.includes(derogation)) ctx.report({ messageId: "horsVigueur", data, severity: "info" });
      else if (rule.prefectDecision && !derogation.decision)
        ctx.report({ messageId: "decisionAbsente", data, severity: "info" });
    }
    const publics = fundersTotal(activeFunders(plan).filter(isPublic));
    const own = ownShare(plan);
    const total = own + publics;
    if (publics === 0 || atLeast(own, total, minimum.bp)) return;
    ctx.report({
      messageId: "insuffisante",
      data: {
        part: formatMoney(own),
        taux: formatRate(rateOf(own, total) ?? 0),
        minimum: formatRate(minimum.bp),
        total: formatMoney(total),
        motif: minimum.reason ? ` (${minimum.reason})` : "",
      },
    });
  },
});
