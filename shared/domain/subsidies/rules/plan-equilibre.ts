import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { eligibleTotal, resourcesTotal } from "../plan";
import type { PlanSubject } from "../subject";

export default defineRule<PlanSubject, "desequilibre" | "sansDepense">({
  meta: {
    id: "PLAN-EQUILIBRE",
    severity: "error",
    title: "Plan de financement équilibré",
    ref: "pratique des financeurs, CGCT R2334-23",
    verification: "D",
    messages: {
      desequilibre:
        "Plan déséquilibré : dépenses éligibles {base} {depenses}, ressources {ressources} (écart {ecart}).",
      sansDepense: "Aucune dépense éligible : l'équilibre du plan ne peut pas être vérifié.",
    },
    note: "Ressources = subventions non refusées + autofinancement + emprunt, comparées au centime aux dépenses éligibles.",
  },
  check({ plan }, ctx) {
    const depenses = eligibleTotal(plan);
    if (depenses === 0) {
      ctx.report({ messageId: "sansDepense", severity: "info" });
      return;
    }
    const ressources = resourcesTotal(plan);
    if (ressources === depenses) return;
    ctx.report({
      messageId: "desequilibre",
      data: {
        base: plan.basis,
        depenses: formatMoney(depenses),
        ressources: formatMoney(ressources),
        ecart: formatMoney(ressources - depenses),
      },
    });
  },
});
