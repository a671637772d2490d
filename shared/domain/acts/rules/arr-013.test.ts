import { actText, ARRETE, DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-013";

const PERIL = actText("invalid.arrete-peril.txt");

testRule(rule, {
  valid: [
    { name: "recours mentionné", subject: subjectOf(ARRETE) },
    {
      name: "une délibération relève de DEL-015",
      subject: subjectOf(edit(DELIBERATION, /^La présente délibération peut.*$/m, "")),
    },
  ],
  invalid: [
    {
      name: "arrêté individuel sans recours : avertissement",
      subject: subjectOf(edit(PERIL, / Il peut faire l'objet.*sa notification\./, "")),
      findings: [{ severity: "warning", message: "de la notification" }],
    },
    {
      name: "arrêté réglementaire sans recours : information",
      subject: subjectOf(edit(ARRETE, /^Article 5 :.*$/m, "Article 5 : Néant.")),
      findings: [{ severity: "info", message: "de la publication" }],
    },
  ],
});
