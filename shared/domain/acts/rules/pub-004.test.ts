import { actText, ARRETE, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./pub-004";

const PERIL = actText("invalid.arrete-peril.txt");

testRule(rule, {
  valid: [
    { name: "arrêté individuel notifié", subject: subjectOf(PERIL) },
    { name: "arrêté réglementaire publié", subject: subjectOf(ARRETE) },
  ],
  invalid: [
    {
      name: "arrêté individuel seulement publié",
      subject: subjectOf(
        PERIL.replace(/notifié à la propriétaire/, "publié").replace(
          /de (?:la|sa) notification(?: du présent arrêté)?/g,
          "de sa publication",
        ),
      ),
      findings: [{ severity: "warning", message: "seulement publié" }],
    },
  ],
});
