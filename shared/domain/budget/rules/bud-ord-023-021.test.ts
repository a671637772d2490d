import { BALANCED_LINES, line, replace, subject, withRealise } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-ord-023-021";

testRule(rule, {
  valid: [
    { name: "virement symétrique", subject: subject() },
    {
      name: "CA : virement jamais exécuté",
      subject: subject("CA", withRealise(BALANCED_LINES, [1, 1, 0, 1, 1, 1, 0, 1, 1])),
    },
  ],
  invalid: [
    {
      name: "R021 différent de D023",
      subject: subject("BP", replace(BALANCED_LINES, "021", line("I", "R", "021", "021", 19000))),
      findings: [{ severity: "error", message: "R021 = 19\u202f000,00\u202f€", at: { chapitre: "023", sens: "D" } }],
    },
    {
      name: "virement exécuté au CA",
      subject: subject("CA", withRealise(BALANCED_LINES, [0, 0, 5, 0, 0, 0, 0, 0, 0])),
      findings: [{ severity: "error", message: "ne comporte que des prévisions" }],
    },
    {
      name: "virement négatif",
      subject: subject("DM", [line("F", "D", "023", "023", -100), line("I", "R", "021", "021", -100)]),
      findings: [{ message: "négatif" }],
    },
  ],
});
