import { ARRETE, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-005";

testRule(rule, {
  valid: [{ name: "ARRÊTE puis articles", subject: subjectOf(ARRETE) }],
  invalid: [
    {
      name: "sans « ARRÊTE »",
      subject: subjectOf(edit(ARRETE, "ARRÊTE :", "")),
      findings: [{ severity: "info", message: "ARRÊTE" }],
    },
  ],
});
