import { actText, DELIBERATION, edit, subjectOf } from "../../../../tests/fixtures/acts";
import { testRule } from "../../../../tests/support/rule-tester";
import rule from "./cm-006-act";

const convocation = (date: string) => subjectOf(edit(DELIBERATION, "12/09/2023", date));

testRule(rule, {
  valid: [
    { name: "6 jours francs", subject: subjectOf(DELIBERATION) },
    { name: "3 jours francs exactement (envoi le 14 pour le 18)", subject: convocation("14/09/2023") },
    {
      name: "commune de 3 500 habitants et plus : relève de CM-007",
      subject: subjectOf(actText("invalid.convocation-tardive.txt"), { population: 4000 }),
    },
    {
      name: "Alsace-Moselle : relève de CM-009",
      subject: subjectOf(actText("invalid.convocation-tardive.txt"), { departement: "67" }),
    },
  ],
  invalid: [
    {
      name: "2 jours francs",
      subject: convocation("15/09/2023"),
      findings: [{ severity: "error", message: "2 jour(s) franc(s), 3 requis", at: { line: 11 } }],
    },
    {
      name: "population inconnue, 1 jour franc",
      subject: subjectOf(actText("invalid.convocation-tardive.txt")),
      findings: [{ message: "au plus tard le 14/09/2023" }],
    },
  ],
});
