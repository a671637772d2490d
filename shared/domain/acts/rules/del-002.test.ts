import { DELIBERATION, dropLines, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-002";

testRule(rule, {
  valid: [{ name: "convocation du 12/09 pour la séance du 18/09", subject: subjectOf(DELIBERATION) }],
  invalid: [
    {
      name: "date de convocation absente",
      subject: subjectOf(dropLines(DELIBERATION, /^Date de convocation/)),
      findings: [{ severity: "info", message: "à compléter" }],
    },
    {
      name: "convocation datée après la séance",
      subject: subjectOf(edit(DELIBERATION, "12/09/2023", "19/09/2023")),
      findings: [{ severity: "error", message: "19/09/2023", at: { line: 11 } }],
    },
  ],
});
