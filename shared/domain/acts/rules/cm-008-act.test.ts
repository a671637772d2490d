import { DELIBERATION, edit, subjectOf } from "../../../../tests/fixtures/acts";
import { testRule } from "../../../../tests/support/rule-tester";
import rule from "./cm-008-act";

const URGENT = edit(
  DELIBERATION,
  "Date de convocation : 12/09/2023",
  "Séance convoquée en urgence.\nDate de convocation : 16/09/2023",
);
const VOTED = edit(URGENT, "Vu le code", "Le conseil municipal, à l'unanimité, reconnaît l'urgence.\nVu le code");

testRule(rule, {
  valid: [
    { name: "pas d'urgence", subject: subjectOf(DELIBERATION) },
    { name: "1 jour franc, urgence reconnue par le conseil", subject: subjectOf(VOTED) },
  ],
  invalid: [
    {
      name: "urgence non soumise au conseil",
      subject: subjectOf(URGENT),
      findings: [{ severity: "warning", message: "s'est prononcé sur l'urgence", at: { line: 11 } }],
    },
    {
      name: "moins d'un jour franc",
      subject: subjectOf(edit(VOTED, "16/09/2023", "17/09/2023")),
      findings: [{ severity: "error", message: "0 jour franc" }],
    },
  ],
});
