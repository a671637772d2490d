import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { activeFunders, eligibleTotal, funderLabel, funderPath, STATE_DOTATIONS } from "../plan";
import { formatRate, rateOf, shareOf } from "../rate";
import type { PlanSubject } from "../subject";

export default defineRule<PlanSubject, "versementPrevu" | "versementReduit" | "depassement">({
  meta: {
    id: "PLAN-PF-06",
    severity: "warning",
    title: "Subvention définitive",
    ref: "CGCT R2334-30",
    verification: "V",
    messages: {
      versementPrevu:
        "{financeur} accordée : le versement final sera {taux} de la dépense réelle HT, plafonné à {plafond}.",
      versementReduit:
        "{financeur} : dépense réelle HT {realise} inférieure à la dépense subventionnable {assiette} ; le versement sera ramené à {versement}.",
      depassement:
        "{financeur} : le dépassement de {depassement} sur la dépense subventionnable n'est pas subventionné, sauf sujétions imprévisibles (nouvel arrêté).",
    },
    note: "Taux = taux de l'arrêté s'il est saisi, sinon montant / dépense subventionnable HT.",
  },
  check({ plan }, ctx) {
    const realise = plan.project.realiseHtCents;
    const granted = activeFunders(plan).filter((f) => f.status === "accorde" && STATE_DOTATIONS.includes(f.kind));
    for (const funder of granted) {
      const assiette = funder.assietteCents ?? eligibleTotal(plan, "HT");
      const rate = funder.rateBp ?? rateOf(funder.amountCents, assiette);
      if (rate === undefined) continue;
      const at = { path: funderPath(plan, funder) };
      const financeur = funderLabel(funder);
      if (realise === undefined) {
        ctx.report({
          messageId: "versementPrevu",
          data: { financeur, taux: formatRate(rate), plafond: formatMoney(funder.amountCents) },
          at,
          severity: "info",
        });
      } else if (realise < assiette) {
        const versement = formatMoney(shareOf(realise, rate));
        ctx.report({
          messageId: "versementReduit",
          data: { financeur, realise: formatMoney(realise), assiette: formatMoney(assiette), versement },
          at,
        });
      } else if (realise > assiette) {
        ctx.report({
          messageId: "depassement",
          data: { financeur, depassement: formatMoney(realise - assiette) },
          at,
          severity: "info",
        });
      }
    }
  },
});
