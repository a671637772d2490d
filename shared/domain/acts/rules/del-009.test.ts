import { DELIBERATION, dropLines, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-009";

testRule(rule, {
  valid: [
    { name: "considérants et exposé", subject: subjectOf(DELIBERATION) },
    { name: "exposé sans considérant", subject: subjectOf(dropLines(DELIBERATION, /^Considérant/)) },
  ],
  invalid: [
    {
      name: "ni considérant ni exposé",
      subject: subjectOf(dropLines(DELIBERATION, /^(Considérant|Le Maire expose)/)),
      findings: [{ severity: "warning" }],
    },
  ],
});
