import { DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./pub-003";

const paper = (mention: string) =>
  subjectOf(edit(DELIBERATION, "Publiée sur le site internet de la commune le 21/09/2023.", mention));

testRule(rule, {
  valid: [
    { name: "publication électronique", subject: subjectOf(DELIBERATION) },
    {
      name: "publication papier tenue à la disposition du public",
      subject: paper("Publication sur papier le 21/09/2023, tenue à la disposition du public en mairie."),
    },
  ],
  invalid: [
    {
      name: "publication papier sans mise à disposition",
      subject: paper("Publication sur papier le 21/09/2023."),
      findings: [{ severity: "warning", message: "disposition du public" }],
    },
  ],
});
