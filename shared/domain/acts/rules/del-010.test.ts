import { DELIBERATION, dropLines, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-010";

testRule(rule, {
  valid: [{ name: "DÉCIDE, articles, exécution", subject: subjectOf(DELIBERATION) }],
  invalid: [
    {
      name: "sans formule délibérative",
      subject: subjectOf(
        edit(DELIBERATION, "après en avoir délibéré, DÉCIDE :", "après en avoir délibéré, fixe les tarifs."),
      ),
      findings: [{ severity: "info", message: "DÉCIDE" }],
    },
    {
      name: "sans article d'exécution",
      subject: subjectOf(dropLines(DELIBERATION, /^Article 3/)),
      findings: [{ message: "exécution" }],
    },
    {
      name: "sans articles numérotés",
      subject: subjectOf(edit(edit(edit(DELIBERATION, "Article 1er :", "-"), "Article 2 :", "-"), "Article 3 :", "-")),
      findings: [{ message: "articles numérotés" }],
    },
  ],
});
