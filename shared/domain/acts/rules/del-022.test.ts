import { DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-022";

const delegation = (article: string) =>
  subjectOf(
    edit(
      edit(
        DELIBERATION,
        /Objet : .*/,
        "Objet : Délégations du conseil municipal au maire (article L. 2122-22 du CGCT)",
      ),
      /Article 1er :.*/,
      article,
    ),
  );

testRule(rule, {
  valid: [
    {
      name: "délégations énumérées avec limites",
      subject: delegation(
        "Article 1er : Le maire est chargé de réaliser les emprunts dans la limite de 100 000 euros par an.",
      ),
    },
    { name: "autre objet", subject: subjectOf(DELIBERATION) },
  ],
  invalid: [
    {
      name: "délégation générale",
      subject: delegation(
        "Article 1er : Le conseil délègue au maire l'ensemble des attributions de l'article L. 2122-22.",
      ),
      findings: [{ severity: "warning", message: "énumérer" }],
    },
    {
      name: "délégations sans limites",
      subject: delegation("Article 1er : Le maire est chargé de réaliser les emprunts destinés aux investissements."),
      findings: [{ message: "sans limites" }],
    },
  ],
});
