import { DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./pub-005";

const compteRendu = subjectOf(
  edit(
    DELIBERATION,
    "Publiée sur le site",
    "Compte rendu affiché à la porte de la mairie dans la huitaine.\nPubliée sur le site",
  ),
);

testRule(rule, {
  valid: [
    { name: "liste des délibérations", subject: subjectOf(DELIBERATION) },
    { name: "compte rendu avant juillet 2022", subject: compteRendu, date: "2022-06-15" },
  ],
  invalid: [
    {
      name: "compte rendu affiché dans la huitaine",
      subject: compteRendu,
      findings: [{ severity: "info", message: "liste des délibérations", at: { line: 44 } }],
    },
    {
      name: "recueil des actes administratifs",
      subject: subjectOf(`${DELIBERATION}\nInsérée au recueil des actes administratifs.`),
      findings: [{ message: "publication électronique" }],
    },
  ],
});
