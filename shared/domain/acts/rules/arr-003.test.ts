import { ARRETE, dropLines, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-003";

testRule(rule, {
  valid: [{ name: "visas en vigueur", subject: subjectOf(ARRETE) }],
  invalid: [
    {
      name: "aucun visa",
      subject: subjectOf(dropLines(ARRETE, /^Vu /)),
      findings: [{ severity: "warning", message: "Visas à compléter" }],
    },
    {
      name: "article du président du conseil départemental",
      subject: subjectOf(edit(ARRETE, "L. 2213-1 et L. 2213-2", "L. 2213-1 et L. 3221-4")),
      findings: [{ severity: "error", message: "L2213-1", at: { line: 8 } }],
    },
    {
      name: "ancien code pénal",
      subject: subjectOf(
        edit(ARRETE, "Vu le code de la route", "Vu le code pénal, article R. 26-15 ;\nVu le code de la route"),
      ),
      findings: [{ severity: "warning", message: "R610-5" }],
    },
  ],
});
