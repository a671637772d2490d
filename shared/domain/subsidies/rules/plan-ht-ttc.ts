import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import type { Basis } from "../plan";
import { eligibleTotal, funderLabel, funderPath, resourcesTotal } from "../plan";
import type { PlanSubject } from "../subject";

type MessageId = "ttcInferieur" | "baseFinanceur" | "ressourcesAutreBase" | "fctva" | "baseTtc";

const OTHER: Readonly<Record<Basis, Basis>> = { HT: "TTC", TTC: "HT" };

export default defineRule<PlanSubject, MessageId>({
  meta: {
    id: "PLAN-HT-TTC",
    severity: "warning",
    title: "Montants du plan sur une même base (HT ou TTC)",
    ref: "pratique des financeurs, FCTVA CGCT L1615-1",
    verification: "M",
    messages: {
      ttcInferieur: "Dépense « {libelle} » : montant TTC {ttc} inférieur au montant HT {ht}.",
      baseFinanceur: "{financeur} : montant calculé en {baseFinanceur} alors que le plan est présenté en {base}.",
      ressourcesAutreBase:
        "Les ressources ({ressources}) équilibrent le total {autreBase} des dépenses, pas leur total {base} ({total}) : HT et TTC sont mélangés.",
      fctva: "{financeur} : le FCTVA n'est pas une subvention ; il ne figure pas parmi les ressources du plan.",
      baseTtc: "Plan présenté TTC : une commune qui récupère la TVA par le FCTVA présente son plan HT.",
    },
    note: "Le catalogue (PF-08) ne traite que du FCTVA ; cli.md étend la règle à la cohérence HT/TTC de tout le plan.",
  },
  check({ plan }, ctx) {
    plan.depenses.forEach((d, index) => {
      if (d.ttcCents < d.htCents) {
        ctx.report({
          messageId: "ttcInferieur",
          data: { libelle: d.label, ttc: formatMoney(d.ttcCents), ht: formatMoney(d.htCents) },
          at: { path: `depenses[${index}]` },
        });
      }
    });
    for (const funder of plan.funders) {
      const at = { path: funderPath(plan, funder) };
      const financeur = funderLabel(funder);
      if (funder.basis && funder.basis !== plan.basis) {
        ctx.report({
          messageId: "baseFinanceur",
          data: { financeur, baseFinanceur: funder.basis, base: plan.basis },
          at,
        });
      }
      if (/fctva/i.test(funder.name ?? "")) ctx.report({ messageId: "fctva", data: { financeur }, at });
    }
    const ressources = resourcesTotal(plan);
    const total = eligibleTotal(plan);
    const otherBasis = OTHER[plan.basis];
    if (ressources !== total && ressources === eligibleTotal(plan, otherBasis)) {
      ctx.report({
        messageId: "ressourcesAutreBase",
        data: {
          ressources: formatMoney(ressources),
          autreBase: otherBasis,
          base: plan.basis,
          total: formatMoney(total),
        },
      });
    }
    if (plan.basis === "TTC") ctx.report({ messageId: "baseTtc", severity: "info" });
  },
});
