import { DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./pub-002";

testRule(rule, {
  valid: [{ name: "mise en ligne datée", subject: subjectOf(DELIBERATION) }],
  invalid: [
    {
      name: "mise en ligne sans date",
      subject: subjectOf(
        edit(
          DELIBERATION,
          "Publiée sur le site internet de la commune le 21/09/2023.",
          "Publiée sur le site internet de la commune.",
        ),
      ),
      findings: [{ severity: "warning", at: { line: 44 } }],
    },
  ],
});
