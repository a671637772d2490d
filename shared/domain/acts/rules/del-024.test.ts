import { DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-024";

const TAUX = edit(
  edit(DELIBERATION, /Objet : .*/, "Objet : Vote des taux d'imposition 2024"),
  "le dix-huit septembre",
  "le vingt-huit mars",
);

testRule(rule, {
  valid: [
    { name: "taux votés le 28 mars", subject: subjectOf(TAUX) },
    {
      name: "taxe d'habitation sur les résidences secondaires",
      subject: subjectOf(
        edit(
          TAUX,
          "Article 2 :",
          "Article 2 : Le taux de la taxe d'habitation sur les résidences secondaires est maintenu.",
        ),
      ),
    },
  ],
  invalid: [
    {
      name: "taux votés en septembre",
      subject: subjectOf(edit(TAUX, "le vingt-huit mars", "le dix-huit septembre")),
      findings: [{ severity: "warning", message: "18/09/2023, après la date limite du 15/04/2023" }],
    },
    {
      name: "taux de taxe d'habitation après 2021",
      subject: subjectOf(edit(TAUX, "Article 2 :", "Article 2 : Le taux de la taxe d'habitation est fixé à 12 %.")),
      findings: [{ message: "taxes foncières" }],
    },
  ],
});
