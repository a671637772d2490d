import { formatMoney } from "../../common/money";
import { testRule } from "@tests/support/rule-tester";
import { balancedPlan, DEPARTEMENT, DETR, planSubject } from "@tests/fixtures/plans/build-plan";
import rule from "./plan-pf-06";

const realised = (realiseHtCents: number) =>
  planSubject(balancedPlan({ project: { title: "Salle des fêtes", realiseHtCents } }));

testRule(rule, {
  valid: [
    { name: "dépense réelle égale à la dépense subventionnable", subject: realised(200_000_00) },
    {
      name: "aucune dotation accordée",
      subject: planSubject(balancedPlan({ funders: [{ ...DETR, status: "demande" }, DEPARTEMENT] })),
    },
  ],
  invalid: [
    {
      name: "versement final à venir",
      subject: planSubject(balancedPlan()),
      findings: [
        {
          severity: "info",
          message: `versement final sera 30 % de la dépense réelle HT, plafonné à ${formatMoney(60_000_00)}`,
        },
      ],
    },
    {
      name: "dépense réelle inférieure",
      subject: realised(150_000_00),
      findings: [{ severity: "warning", message: `ramené à ${formatMoney(45_000_00)}` }],
    },
    {
      name: "dépassement non subventionné",
      subject: realised(210_000_00),
      findings: [{ severity: "info", message: `dépassement de ${formatMoney(10_000_00)}` }],
    },
  ],
});
