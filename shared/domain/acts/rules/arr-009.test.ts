import { ARRETE, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-009";

testRule(rule, {
  valid: [{ name: "exécution et ampliation", subject: subjectOf(ARRETE) }],
  invalid: [
    {
      name: "ni exécution ni ampliation",
      subject: subjectOf(
        edit(ARRETE, /^Article 6 :.*$/m, "Article 6 : Le présent arrêté entre en vigueur dès sa publication."),
      ),
      findings: [{ message: "exécution" }, { message: "ampliation" }],
    },
  ],
});
