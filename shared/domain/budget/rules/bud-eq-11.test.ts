import { BALANCED_LINES, line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-eq-11";

testRule(rule, {
  valid: [
    {
      name: "emprunt inférieur à l'équipement",
      subject: subject("BP", [...BALANCED_LINES, line("I", "R", "16", "1641", 20000)]),
    },
    {
      name: "lotissement : l'emprunt porte le stock",
      subject: subject("BP", [line("I", "R", "16", "1641", 500000), line("I", "D", "040", "3555", 500000)]),
    },
  ],
  invalid: [
    {
      name: "emprunt au-delà de l'équipement",
      subject: subject("BP", [...BALANCED_LINES, line("I", "R", "16", "1641", 30000.01)]),
      findings: [{ severity: "warning", message: "30\u202f000,01\u202f€" }],
    },
  ],
});
