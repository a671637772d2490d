import { ARRETE, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-019";

const BRUIT = edit(ARRETE, /portant réglementation.*/, "portant réglementation des bruits de voisinage");

testRule(rule, {
  valid: [
    { name: "L2212-2 visé, sanction prévue", subject: subjectOf(BRUIT) },
    { name: "arrêté de circulation", subject: subjectOf(ARRETE) },
  ],
  invalid: [
    {
      name: "ni fondement ni sanction",
      subject: subjectOf(edit(edit(BRUIT, "L. 2212-1, L. 2212-2, ", ""), /^Article 4 :.*$/m, "Article 4 : Néant.")),
      findings: [{ message: "L2212-2" }, { message: "R610-5" }],
    },
  ],
});
