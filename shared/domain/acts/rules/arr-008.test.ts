import { ARRETE, dropLines, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-008";

testRule(rule, {
  valid: [{ name: "signalisation posée par l'entreprise", subject: subjectOf(ARRETE) }],
  invalid: [
    {
      name: "aucune signalisation prévue",
      subject: subjectOf(dropLines(ARRETE, /signalisation/)),
      findings: [{ severity: "warning" }],
    },
  ],
});
