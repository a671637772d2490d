import { BALANCED_LINES, line, subject, withRealise } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-ord-041";

const pair = (d: number, r: number) => [
  ...BALANCED_LINES,
  line("I", "D", "041", "2183", d),
  line("I", "R", "041", "2031", r),
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
      findings: [{ severity: "error", message: "écart 0,01\u202f€", at: { chapitre: "041" } }],
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
