import { BALANCED_LINES, line, replace, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-eq-sect-i";

testRule(rule, {
  valid: [{ name: "budget primitif équilibré", subject: subject() }],
  invalid: [
    {
      name: "investissement en déficit",
      subject: subject("BP", replace(BALANCED_LINES, "2183", line("I", "D", "21", "2183", 30000.01))),
      findings: [{ severity: "error", message: "écart 0,01\u202f€", at: { section: "I" } }],
    },
    {
      name: "DM : mouvements d'investissement en déficit",
      subject: subject("DM", [line("I", "D", "21", "2183", 500)]),
      findings: [{ severity: "error", message: "dépenses 500,00\u202f€" }],
    },
  ],
});
