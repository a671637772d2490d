import { actText, ARRETE, dropLines, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-011";

testRule(rule, {
  valid: [
    { name: "arrêté de circulation publié", subject: subjectOf(ARRETE) },
    { name: "arrêté individuel : relève de PUB-004", subject: subjectOf(actText("invalid.arrete-peril.txt")) },
  ],
  invalid: [
    {
      name: "publication non mentionnée",
      subject: subjectOf(dropLines(ARRETE, /^Publié/)),
      findings: [{ severity: "warning", message: "publication" }],
    },
    {
      name: "seulement notifié",
      subject: subjectOf(
        edit(
          ARRETE,
          "Publié sur le site internet de la commune le 8 avril 2024.",
          "Notifié à l'entreprise le 8 avril 2024.",
        ),
      ),
      findings: [{ message: "seulement notifié", at: { line: 31 } }],
    },
  ],
});
