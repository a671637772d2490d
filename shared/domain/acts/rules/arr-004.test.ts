import { ARRETE, dropLines, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-004";

testRule(rule, {
  valid: [{ name: "considérants énonçant les faits", subject: subjectOf(ARRETE) }],
  invalid: [
    {
      name: "sans considérant",
      subject: subjectOf(dropLines(ARRETE, /^Considérant/)),
      findings: [{ severity: "warning" }],
    },
  ],
});
