import { BALANCED_LINES, line, subject, withRealise } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-ord-040-042";

const pair = (d: number, r: number) => [
  ...BALANCED_LINES,
  line("I", "D", "040", "2183", d),
  line("F", "R", "042", "722", r),
];

testRule(rule, {
  valid: [
    { name: "paire d'ordre symétrique", subject: subject("BP", pair(1500, 1500)) },
    {
      name: "CA symétrique en réalisations",
      subject: subject("CA", withRealise(pair(1500, 1500), [0, 0, 0, 0, 0, 0, 0, 0, 0, 1200, 1200])),
    },
  ],
  invalid: [
    {
      name: "écart d'un centime",
      subject: subject("BP", pair(1500, 1499.99)),
      findings: [{ severity: "error", message: "écart 0,01\u202f€", at: { chapitre: "040" } }],
    },
    {
      name: "CA : crédits en avertissement, réalisations en erreur",
      subject: subject("CA", withRealise(pair(1500, 1400), [0, 0, 0, 0, 0, 0, 0, 0, 0, 1200, 1100])),
      findings: [
        { severity: "error", message: "Réalisations" },
        { severity: "warning", message: "Crédits ouverts" },
      ],
    },
  ],
});
