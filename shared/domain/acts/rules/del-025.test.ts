import { DELIBERATION, dropLines, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-025";

const CHOIX = edit(
  edit(DELIBERATION, /Objet : .*/, "Objet : Modalités de publicité des actes de la commune"),
  /Article 1er :.*/,
  "Article 1er : Les actes sont publiés par affichage à la mairie.",
);

testRule(rule, {
  valid: [
    { name: "choix de l'affichage, délibération publiée en ligne", subject: subjectOf(CHOIX, { population: 600 }) },
    { name: "avant la réforme", subject: subjectOf(CHOIX, { population: 5000 }), date: "2022-06-30" },
  ],
  invalid: [
    {
      name: "affichage choisi à 5 000 habitants",
      subject: subjectOf(CHOIX, { population: 5000 }),
      findings: [{ severity: "error", message: "5000 habitants", at: { line: 7 } }],
    },
    {
      name: "délibération de choix non publiée en ligne",
      subject: subjectOf(dropLines(CHOIX, /^Publiée/), { population: 600 }),
      findings: [{ severity: "warning" }],
    },
  ],
});
