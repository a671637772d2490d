import { ARRETE, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-014";

testRule(rule, {
  valid: [{ name: "effet postérieur à la signature", subject: subjectOf(ARRETE) }],
  invalid: [
    {
      name: "effet antérieur à la signature",
      subject: subjectOf(
        edit(ARRETE, "Du 15 avril 2024 à 8 heures au 26 avril 2024 à 18 heures,", "À compter du 1er avril 2024,"),
      ),
      findings: [{ severity: "warning", message: "01/04/2024, avant la signature du 05/04/2024", at: { line: 19 } }],
    },
    {
      name: "clause de report à des dates inconnues",
      subject: subjectOf(
        edit(
          ARRETE,
          "Article 2 :",
          "Article 2 : Si la date des travaux était modifiée, le présent arrêté s'appliquerait à la période modifiée.\nArticle 2 bis :",
        ),
      ),
      findings: [{ message: "nouvel arrêté" }],
    },
  ],
});
