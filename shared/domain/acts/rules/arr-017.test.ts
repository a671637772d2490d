import { actText, ARRETE, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-017";

const PERIL = actText("invalid.arrete-peril.txt");

testRule(rule, {
  valid: [
    { name: "arrêté sans péril", subject: subjectOf(ARRETE) },
    { name: "procédure de péril en 2020", subject: subjectOf(PERIL), date: "2020-11-02" },
  ],
  invalid: [
    {
      name: "procédure de péril en 2024",
      subject: subjectOf(PERIL),
      date: "2024-06-05",
      findings: [
        { severity: "error", message: "mise en sécurité", at: { line: 8 } },
        { severity: "error", at: { line: 15 } },
      ],
    },
  ],
});
