import { DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-026";

testRule(rule, {
  valid: [{ name: "effet au 1er octobre, après la séance", subject: subjectOf(DELIBERATION) }],
  invalid: [
    {
      name: "effet au 1er septembre, avant la séance",
      subject: subjectOf(edit(DELIBERATION, "1er octobre 2023", "1er septembre 2023")),
      findings: [{ severity: "error", message: "01/09/2023", at: { line: 31 } }],
    },
  ],
});
