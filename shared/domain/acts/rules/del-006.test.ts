import { ARRETE, DELIBERATION, dropLines, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-006";

testRule(rule, {
  valid: [
    { name: "délibération numérotée", subject: subjectOf(DELIBERATION) },
    { name: "un arrêté relève d'ARR-002", subject: subjectOf(dropLines(ARRETE, /N° AR-/)) },
  ],
  invalid: [
    {
      name: "délibération sans numéro",
      subject: subjectOf(dropLines(DELIBERATION, /^Délibération n°/)),
      findings: [{ severity: "info" }],
    },
  ],
});
