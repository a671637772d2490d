import { line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-eq-08";

testRule(rule, {
  valid: [
    {
      name: "opération sous mandat équilibrée (Mohon)",
      subject: subject("BP", [line("I", "D", "4541", "45411", 40000), line("I", "R", "4542", "45421", 40000)]),
    },
  ],
  invalid: [
    {
      name: "recettes de tiers insuffisantes",
      subject: subject("BP", [line("I", "D", "4581", "458101", 1000), line("I", "R", "4582", "458201", 800)]),
      findings: [{ severity: "warning", message: "458x01", at: { nature: "458101" } }],
    },
  ],
});
