import { testRule } from "@tests/support/rule-tester";
import { balancedPlan, DEPARTEMENT, DETR, planSubject } from "@tests/fixtures/plans/build-plan";
import rule from "./plan-ht-ttc";

testRule(rule, {
  valid: [
    { name: "tout en HT", subject: planSubject(balancedPlan()) },
    {
      name: "financeur qui déclare la même base",
      subject: planSubject(balancedPlan({ funders: [{ ...DETR, basis: "HT" }, DEPARTEMENT] })),
    },
  ],
  invalid: [
    {
      name: "département calculé sur le TTC et ressources calées sur le TTC",
      subject: planSubject(
        balancedPlan({
          funders: [DETR, { ...DEPARTEMENT, basis: "TTC", amountCents: 48_000_00 }],
          autofinancementCents: 92_000_00,
        }),
      ),
      findings: [
        { message: "montant calculé en TTC alors que le plan est présenté en HT", at: { path: "funders[1]" } },
        { message: "équilibrent le total TTC" },
      ],
    },
    {
      name: "FCTVA compté comme subvention",
      subject: planSubject(
        balancedPlan({
          funders: [
            DETR,
            DEPARTEMENT,
            { kind: "autre-public", name: "FCTVA", amountCents: 10_000_00, status: "prevu" },
          ],
          empruntCents: 30_000_00,
        }),
      ),
      findings: [{ message: "le FCTVA n'est pas une subvention", at: { path: "funders[2]" } }],
    },
    {
      name: "TTC inférieur au HT et plan présenté TTC",
      subject: planSubject(
        balancedPlan({
          basis: "TTC",
          depenses: [{ label: "Travaux", htCents: 1000_00, ttcCents: 900_00, eligible: true }],
          funders: [],
          autofinancementCents: 900_00,
          empruntCents: 0,
        }),
      ),
      findings: [
        { severity: "warning", message: "montant TTC 900,00\u202f€ inférieur", at: { path: "depenses[0]" } },
        { severity: "info", message: "Plan présenté TTC" },
      ],
    },
  ],
});
