import { DELIBERATION, dropLines, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-016";

testRule(rule, {
  valid: [
    { name: "transmise le 20/09 pour un effet au 1er octobre", subject: subjectOf(DELIBERATION) },
    {
      name: "droits de voirie : non transmissibles",
      subject: subjectOf(
        dropLines(
          edit(DELIBERATION, "Objet : Tarifs de la cantine scolaire", "Objet : Tarifs des droits de voirie"),
          /^Transmise/,
        ),
      ),
    },
  ],
  invalid: [
    {
      name: "transmission non mentionnée",
      subject: subjectOf(dropLines(DELIBERATION, /^Transmise/)),
      findings: [{ severity: "warning" }],
    },
    {
      name: "appliquée avant sa transmission",
      subject: subjectOf(
        edit(DELIBERATION, "Transmise en préfecture le 20/09/2023", "Transmise en préfecture le 05/10/2023"),
      ),
      findings: [
        {
          severity: "error",
          message: "01/10/2023, avant sa transmission en préfecture le 05/10/2023",
          at: { line: 31 },
        },
      ],
    },
  ],
});
