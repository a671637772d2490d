import { DELIBERATION, dropLines, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-013";

testRule(rule, {
  valid: [
    { name: "« Le Maire, Jean DUPONT »", subject: subjectOf(DELIBERATION) },
    {
      name: "mention des signatures de tous les membres avant la réforme",
      subject: subjectOf(
        edit(DELIBERATION, "Fait et délibéré", "Ont signé au registre tous les membres présents.\nFait et délibéré"),
      ),
      date: "2022-06-30",
    },
  ],
  invalid: [
    {
      name: "aucune signature",
      subject: subjectOf(dropLines(DELIBERATION, /^(Le Maire,|Jean DUPONT)$/)),
      findings: [{ severity: "warning", message: "Signature à compléter" }],
    },
    {
      name: "qualité sans nom",
      subject: subjectOf(dropLines(DELIBERATION, /^Jean DUPONT$/)),
      findings: [{ message: "« Le Maire »" }],
    },
    {
      name: "signatures de tous les membres après le 1er juillet 2022",
      subject: subjectOf(
        edit(DELIBERATION, "Fait et délibéré", "Ont signé au registre tous les membres présents.\nFait et délibéré"),
      ),
      findings: [{ severity: "info", message: "secrétaires de séance" }],
    },
  ],
});
