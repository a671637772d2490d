import { ARRETE, DELIBERATION, dropLines, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./pub-001";

const displayed = edit(
  DELIBERATION,
  "Publiée sur le site internet de la commune le 21/09/2023.",
  "Affichée en mairie le 21/09/2023.",
);

testRule(rule, {
  valid: [
    { name: "publiée sur le site internet", subject: subjectOf(DELIBERATION) },
    {
      name: "affichée après une délibération choisissant l'affichage",
      subject: subjectOf(
        edit(
          displayed,
          "Vu la délibération n° 2022-038",
          "Vu la délibération n° 2022-031 du 20 juin 2022 fixant les modalités de publicité des actes ;\nVu la délibération n° 2022-038",
        ),
        { population: 600 },
      ),
    },
    { name: "affichée avant la réforme", subject: subjectOf(displayed, { population: 5000 }), date: "2022-06-30" },
  ],
  invalid: [
    {
      name: "seulement affichée à 5 000 habitants",
      subject: subjectOf(displayed, { population: 5000 }),
      findings: [{ severity: "error", message: "5000 habitants", at: { line: 44 } }],
    },
    {
      name: "seulement affichée sans délibération de choix",
      subject: subjectOf(displayed, { population: 600 }),
      findings: [{ severity: "warning" }],
    },
    {
      name: "publication non mentionnée",
      subject: subjectOf(dropLines(ARRETE, /^Publié/)),
      findings: [{ severity: "info" }],
    },
  ],
});
