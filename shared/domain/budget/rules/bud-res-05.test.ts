import { line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-res-05";

testRule(rule, {
  valid: [
    {
      name: "CA sans restes à réaliser",
      subject: subject("CA", [line("I", "D", "21", "2183", 100, { amounts: { realise: 10000 } })]),
    },
  ],
  invalid: [
    {
      name: "restes à réaliser à justifier",
      subject: subject("CA", [line("I", "D", "21", "2183", 100, { amounts: { rar: 5000 } })]),
      findings: [{ severity: "info", message: "dépenses 50,00\u202f€" }],
    },
    {
      name: "reste à réaliser sur le 024",
      subject: subject("CA", [line("I", "R", "024", "024", 100, { amounts: { rar: 5000 } })]),
      findings: [{ severity: "warning", message: "chapitre 024", at: { chapitre: "024" } }, { severity: "info" }],
    },
  ],
});
