import { actText, DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-021";

const EMPLOI = actText("invalid.quorum-non-atteint.txt");

testRule(rule, {
  valid: [
    { name: "création d'emploi complète", subject: subjectOf(EMPLOI) },
    {
      name: "loi 84-53 citée avant le code général de la fonction publique",
      subject: subjectOf(
        edit(DELIBERATION, "Vu la délibération", "Vu la loi n° 84-53 du 26 janvier 1984 ;\nVu la délibération"),
      ),
      date: "2021-05-01",
    },
  ],
  invalid: [
    {
      name: "sans durée hebdomadaire ni catégorie",
      subject: subjectOf(edit(EMPLOI, ", catégorie C, à temps complet (35 heures hebdomadaires)", "")),
      findings: [{ severity: "warning", message: "catégorie, durée hebdomadaire" }],
    },
    {
      name: "loi 84-53 citée en 2025",
      subject: subjectOf(
        edit(DELIBERATION, "Vu la délibération", "Vu la loi n° 84-53 du 26 janvier 1984 ;\nVu la délibération"),
      ),
      findings: [{ message: "code général de la fonction publique", at: { line: 22 } }],
    },
  ],
});
