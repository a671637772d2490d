import { formatMoney } from "../../common/money";
import { resolveBounds } from "../bounds";
import { testRule } from "@tests/support/rule-tester";
import { balancedPlan, DEPARTEMENT, DETR, planSubject } from "@tests/fixtures/plans/build-plan";
import rule from "./plan-taux-financeur";

const withDetr = (amountCents: number, rateBp?: number) =>
  balancedPlan({ funders: [{ ...DETR, amountCents, ...(rateBp !== undefined ? { rateBp } : { rateBp: undefined }) }] });
const creuse = resolveBounds(
  { byDepartement: { "23": { departement: { maxBp: 1500, source: "règlement départemental" } } } },
  "23",
);

testRule(rule, {
  valid: [
    { name: "DETR 30 % et département 20 %", subject: planSubject(balancedPlan()) },
    { name: "DETR à 20 % pile", subject: planSubject(withDetr(40_000_00, 2000)) },
    {
      name: "DETR sous 20 % quand DSIL et DETR atteignent le plafond de 80 %",
      subject: planSubject(
        balancedPlan({
          funders: [
            { ...DETR, amountCents: 20_000_00, rateBp: 1000 },
            { ...DETR, kind: "dsil", amountCents: 140_000_00, rateBp: 7000 },
          ],
        }),
      ),
    },
  ],
  invalid: [
    {
      name: "DETR à 15 %",
      subject: planSubject(withDetr(30_000_00, 1500)),
      findings: [
        {
          severity: "error",
          message: `taux de 15 % sur ${formatMoney(200_000_00)}, sous le minimum de 20 % (CGCT R2334-27)`,
        },
      ],
    },
    {
      name: "DETR à 85 %, au-dessus du plafond individuel et du plafond des dotations",
      subject: planSubject(withDetr(170_000_00, 8500)),
      findings: [
        { message: "au-dessus du maximum de 80 %", at: { path: "funders[0]" } },
        { message: "DETR, DSIL, DPV et DSID cumulées" },
      ],
    },
    {
      name: "taux annoncé incohérent avec le montant",
      subject: planSubject(withDetr(60_000_00, 2500)),
      findings: [{ severity: "warning", message: "taux annoncé de 25 %" }],
    },
    {
      name: "borne départementale configurée",
      subject: planSubject(balancedPlan(), { bounds: creuse }),
      findings: [{ message: "maximum de 15 % (règlement départemental)" }],
    },
    {
      name: "aides publiques au-delà de la dépense",
      subject: planSubject(
        balancedPlan({ funders: [DETR, { ...DEPARTEMENT, amountCents: 150_000_00, rateBp: 7500 }] }),
      ),
      findings: [{ message: `Aides publiques cumulées : ${formatMoney(210_000_00)}` }],
    },
  ],
});
