import { BALANCED_LINES, subject, withRealise } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-res-04";

const ca = withRealise(BALANCED_LINES, [10000, 48000, 0, 83000, 25000, 10000, 0, 5000, 15000]);
const cg = (fonctionnement: number) => ({
  facts: { compteDeGestion: { fonctionnement: fonctionnement * 100, investissement: -1500000 } },
});

testRule(rule, {
  valid: [
    { name: "CA conforme au compte de gestion", subject: subject("CA", ca, cg(25000)) },
    { name: "le CFU réunit les deux comptes", subject: subject("CFU", ca) },
  ],
  invalid: [
    {
      name: "résultat de fonctionnement différent",
      subject: subject("CA", ca, cg(25000.01)),
      findings: [{ severity: "error", message: "25\u202f000,01\u202f€" }],
    },
    { name: "compte de gestion non fourni", subject: subject("CA", ca), findings: [{ severity: "info" }] },
  ],
});
