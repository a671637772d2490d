import { actText, DELIBERATION, subjectOf } from "../../../../tests/fixtures/acts";
import { testRule } from "../../../../tests/support/rule-tester";
import rule from "./cm-011-act";

testRule(rule, {
  valid: [{ name: "point inscrit à l'ordre du jour", subject: subjectOf(DELIBERATION) }],
  invalid: [
    {
      name: "point ajouté en début de séance",
      subject: subjectOf(actText("invalid.point-ajoute-en-seance.txt")),
      findings: [{ severity: "error", message: "ajouter un point", at: { line: 13 } }],
    },
  ],
});
