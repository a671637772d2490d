import { ARRETE, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-010";

testRule(rule, {
  valid: [{ name: "« Fait à …, le … » et signataire nommé", subject: subjectOf(ARRETE) }],
  invalid: [
    {
      name: "« Fait à » sans date, signataire sans nom",
      subject: subjectOf(
        edit(
          ARRETE,
          "Fait à Saint-Martin-des-Prés, le 5 avril 2024\n\nLe Maire,\nJean DUPONT",
          "Fait à Saint-Martin-des-Prés\n\nLe Maire",
        ),
      ),
      findings: [{ message: "ne porte pas de date", at: { line: 26 } }, { message: "« Le Maire »" }],
    },
  ],
});
