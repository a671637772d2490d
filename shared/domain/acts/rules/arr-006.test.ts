import { ARRETE, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-006";

testRule(rule, {
  valid: [{ name: "du 15 au 26 avril, rue de l'Église", subject: subjectOf(ARRETE) }],
  invalid: [
    {
      name: "période inversée",
      subject: subjectOf(edit(ARRETE, "au 26 avril 2024", "au 6 avril 2024")),
      findings: [{ severity: "error", message: "du 15/04/2024 au 06/04/2024", at: { line: 19 } }],
    },
    {
      name: "mesure temporaire sans fin",
      subject: subjectOf(
        edit(ARRETE, "Du 15 avril 2024 à 8 heures au 26 avril 2024 à 18 heures,", "À compter du 15 avril 2024,"),
      ),
      findings: [{ severity: "warning", message: "date de fin" }],
    },
    {
      name: "interdiction générale et absolue",
      subject: subjectOf(
        edit(
          ARRETE,
          "Article 2 :",
          "Article 2 : La consommation d'alcool est interdite sur l'ensemble du territoire communal, de jour comme de nuit.\nArticle 2 bis :",
        ),
      ),
      findings: [{ severity: "error", message: "générale et absolue" }],
    },
  ],
});
