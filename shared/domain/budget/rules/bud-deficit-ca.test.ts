import { BALANCED_LINES, subject, withRealise } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-deficit-ca";

// Recettes réelles F 83 000 ; dépenses F 58 000 + 30 000 → RES_F −5 000 ; I balanced in realisations.
const deficit = (d011: number) => withRealise(BALANCED_LINES, [d011, 48000, 0, 83000, 20000, 5000, 0, 10000, 15000]);

testRule(rule, {
  valid: [
    { name: "compte excédentaire", subject: subject("CA", deficit(10000)) },
    { name: "déficit sous 10 % (commune de 850 habitants)", subject: subject("CA", deficit(40000)) },
  ],
  invalid: [
    {
      name: "déficit au-delà de 10 %",
      subject: subject("CA", deficit(45000)),
      findings: [{ severity: "error", message: "seuil de 10 %" }],
    },
    {
      name: "commune de 25 000 habitants : seuil de 5 %",
      subject: subject("CA", deficit(40000), { population: 25000 }),
      findings: [{ severity: "error", message: "seuil de 5 %" }],
    },
    {
      name: "population inconnue entre 5 et 10 %",
      subject: subject("CA", deficit(40000), { population: undefined }),
      findings: [{ severity: "info", message: "population inconnue" }],
    },
  ],
});
