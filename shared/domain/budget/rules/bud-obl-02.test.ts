import { BALANCED_LINES, line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-obl-02";

const amortissements = (d: number, r: number) => [
  ...BALANCED_LINES,
  line("F", "D", "042", "6811", d),
  line("I", "R", "040", "28183", r),
];

testRule(rule, {
  valid: [
    {
      name: "dotation conforme au plan d'amortissement",
      subject: subject("BP", amortissements(3000, 3000), { facts: { dotationAmortissements: 300000 } }),
    },
  ],
  invalid: [
    {
      name: "dotation et amortissements asymétriques",
      subject: subject("BP", amortissements(3000, 2500), { facts: { dotationAmortissements: 300000 } }),
      findings: [{ severity: "error", message: "R040 : 2\u202f500,00\u202f€" }],
    },
    {
      name: "commune de 4 000 habitants sans amortissement",
      subject: subject("BP", BALANCED_LINES, { population: 4000, facts: { dotationAmortissements: 0 } }),
      findings: [{ severity: "warning", message: "3 500 habitants" }],
    },
    {
      name: "dotation sous le plan",
      subject: subject("BP", amortissements(3000, 3000), { facts: { dotationAmortissements: 400000 } }),
      findings: [{ message: "inférieures" }],
    },
    {
      name: "plan d'amortissement absent",
      subject: subject("BP", amortissements(3000, 3000)),
      findings: [{ severity: "info" }],
    },
  ],
});
