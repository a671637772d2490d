import { ARRETE, DELIBERATION, dropLines, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-015";

testRule(rule, {
  valid: [
    { name: "recours devant le tribunal administratif dans les deux mois", subject: subjectOf(DELIBERATION) },
    { name: "un arrêté relève d'ARR-013", subject: subjectOf(dropLines(ARRETE, /recours/)) },
  ],
  invalid: [
    {
      name: "mention absente",
      subject: subjectOf(dropLines(DELIBERATION, /recours/)),
      findings: [{ severity: "info", message: "deux mois de la publication" }],
    },
    {
      name: "mention sans délai",
      subject: subjectOf(edit(DELIBERATION, "dans un délai de deux mois", "")),
      findings: [{ severity: "info", message: "délai de deux mois" }],
    },
  ],
});
