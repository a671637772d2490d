import { ARRETE, DELIBERATION, dropLines, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-001";

testRule(rule, {
  valid: [
    { name: "délibération identifiant commune, date, heure, lieu et président", subject: subjectOf(DELIBERATION) },
    { name: "un arrêté n'est pas une séance", subject: subjectOf(ARRETE) },
  ],
  invalid: [
    {
      name: "séance sans heure, lieu ni président",
      subject: subjectOf(edit(DELIBERATION, /à vingt heures,.*Maire\./, "le Conseil Municipal s'est réuni.")),
      findings: [{ severity: "warning", message: "heure de la séance, lieu de la séance, président de séance" }],
    },
    {
      name: "commune non nommée",
      subject: subjectOf(edit(dropLines(DELIBERATION, /COMMUNE DE/), "de la commune de Saint-Martin-des-Prés", "")),
      findings: [{ message: "nom de la commune" }],
    },
  ],
});
