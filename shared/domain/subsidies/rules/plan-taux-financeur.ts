import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { PUBLIC_AID_CAP_BP, STATE_DOTATIONS_CAP_BP } from "../bounds";
import type { FinancingPlan, Funder } from "../plan";
import {
  activeFunders,
  eligibleTotal,
  funderLabel,
  funderPath,
  fundersTotal,
  isPublic,
  STATE_DOTATIONS,
} from "../plan";
import { atLeast, atMost, formatRate, rateOf, shareOf } from "../rate";
import type { PlanSubject } from "../subject";

type MessageId = "sousMinimum" | "auDessusMaximum" | "tauxIncoherent" | "plafondEtat" | "plafondAides";

/** R2334-27 computes State dotation rates on the HT expense whatever the plan's basis. */
function assietteOf(plan: FinancingPlan, funder: Funder): number {
  return funder.assietteCents ?? eligibleTotal(plan, STATE_DOTATIONS.includes(funder.kind) ? "HT" : plan.basis);
}

export default defineRule<PlanSubject, MessageId>({
  meta: {
    id: "PLAN-TAUX-FINANCEUR",
    severity: "error",
    title: "Taux de chaque financeur dans ses bornes",
    ref: "CGCT R2334-27, décret 2018-514 art. 10, circulaires préfectorales",
    verification: "V",
    messages: {
      sousMinimum: "{financeur} : taux de {taux} sur {assiette}, sous le minimum de {borne} ({source}).",
      auDessusMaximum: "{financeur} : taux de {taux} sur {assiette}, au-dessus du maximum de {borne} ({source}).",
      tauxIncoherent:
        "{financeur} : le taux annoncé de {annonce} ne correspond pas au montant {montant}, soit {taux} de {assiette}.",
      plafondEtat:
        "DETR, DSIL, DPV et DSID cumulées : {montant}, soit {taux} de la dépense HT {assiette}, au-delà du plafond de 80 %.",
      plafondAides: "Aides publiques cumulées : {montant}, au-delà de la dépense subventionnable {assiette}.",
    },
    note: "Bornes par défaut : DETR 20-80 %, DSIL/DPV/DSID et fonds vert ≤ 80 % ; configurables par département (options.bounds). Le minimum DETR cède quand le plafond de 80 % des dotations est atteint.",
  },
  check({ plan, bounds }, ctx) {
    const funders = activeFunders(plan);
    const htEligible = eligibleTotal(plan, "HT");
    const stateTotal = fundersTotal(funders.filter((f) => STATE_DOTATIONS.includes(f.kind)));
    const stateCapReached = stateTotal >= shareOf(htEligible, STATE_DOTATIONS_CAP_BP);
    for (const funder of funders) {
      const assiette = assietteOf(plan, funder);
      const rate = rateOf(funder.amountCents, assiette);
      if (rate === undefined) continue;
      const at = { path: funderPath(plan, funder) };
      const data = {
        financeur: funderLabel(funder),
        taux: formatRate(rate),
        assiette: formatMoney(assiette),
        montant: formatMoney(funder.amountCents),
      };
      const bound = bounds[funder.kind];
      if (bound?.minBp !== undefined && !atLeast(funder.amountCents, assiette, bound.minBp) && !stateCapReached) {
        ctx.report({
          messageId: "sousMinimum",
          data: { ...data, borne: formatRate(bound.minBp), source: bound.source },
          at,
        });
      }
      if (bound?.maxBp !== undefined && !atMost(funder.amountCents, assiette, bound.maxBp)) {
        ctx.report({
          messageId: "auDessusMaximum",
          data: { ...data, borne: formatRate(bound.maxBp), source: bound.source },
          at,
        });
      }
      if (funder.rateBp !== undefined && Math.abs(funder.rateBp - rate) > 1) {
        ctx.report({
          messageId: "tauxIncoherent",
          data: { ...data, annonce: formatRate(funder.rateBp) },
          at,
          severity: "warning",
        });
      }
    }
    if (stateTotal > 0 && !atMost(stateTotal, htEligible, STATE_DOTATIONS_CAP_BP)) {
      const taux = formatRate(rateOf(stateTotal, htEligible) ?? 0);
      ctx.report({
        messageId: "plafondEtat",
        data: { montant: formatMoney(stateTotal), taux, assiette: formatMoney(htEligible) },
      });
    }
    const publicTotal = fundersTotal(funders.filter(isPublic));
    const subventionnable = eligibleTotal(plan);
    if (publicTotal > 0 && !atMost(publicTotal, subventionnable, PUBLIC_AID_CAP_BP)) {
      ctx.report({
        messageId: "plafondAides",
        data: { montant: formatMoney(publicTotal), assiette: formatMoney(subventionnable) },
      });
    }
  },
});
