import { formatMoney } from "../../common/money";
import { testRule } from "@tests/support/rule-tester";
import { balancedPlan, DEPARTEMENT, DETR, planSubject } from "@tests/fixtures/plans/build-plan";
import rule from "./plan-equilibre";

testRule(rule, {
  valid: [
    { name: "plan DETR + département équilibré au centime", subject: planSubject(balancedPlan()) },
    {
      name: "une subvention refusée ne compte pas, l'emprunt la remplace",
      subject: planSubject(
        balancedPlan({ funders: [DETR, { ...DEPARTEMENT, status: "refuse" }], empruntCents: 80_000_00 }),
      ),
    },
  ],
  invalid: [
    {
      name: "un centime manque aux ressources",
      subject: planSubject(balancedPlan({ autofinancementCents: 60_000_00 - 1 })),
      findings: [{ severity: "error", message: "écart \u22120,01\u202f€" }],
    },
    {
      name: "la subvention refusée laisse un trou",
      subject: planSubject(balancedPlan({ funders: [DETR, { ...DEPARTEMENT, status: "refuse" }] })),
      findings: [{ message: `ressources ${formatMoney(160_000_00)}` }],
    },
    {
      name: "aucune dépense éligible",
      subject: planSubject(
        balancedPlan({ depenses: [{ label: "Mobilier", htCents: 1000_00, ttcCents: 1200_00, eligible: false }] }),
      ),
      findings: [{ severity: "info", message: "Aucune dépense éligible" }],
    },
  ],
});
