import { DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-007";

testRule(rule, {
  valid: [{ name: "objet précis", subject: subjectOf(DELIBERATION) }],
  invalid: [
    {
      name: "décision prise en questions diverses",
      subject: subjectOf(edit(DELIBERATION, "Objet : Tarifs", "Objet : Questions diverses – tarifs")),
      findings: [{ severity: "error", message: "questions diverses", at: { line: 7 } }],
    },
  ],
});
