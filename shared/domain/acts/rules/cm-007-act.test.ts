import { DELIBERATION, edit, subjectOf } from "../../../../tests/fixtures/acts";
import { testRule } from "../../../../tests/support/rule-tester";
import rule from "./cm-007-act";

const NOTE = edit(
  DELIBERATION,
  "Date de convocation : 12/09/2023",
  "Date de convocation, avec la note explicative de synthèse : 12/09/2023",
);

testRule(rule, {
  valid: [
    { name: "5 jours francs et note de synthèse", subject: subjectOf(NOTE, { population: 5000 }) },
    { name: "commune de moins de 3 500 habitants", subject: subjectOf(DELIBERATION, { population: 600 }) },
  ],
  invalid: [
    {
      name: "4 jours francs",
      subject: subjectOf(edit(NOTE, "12/09/2023", "13/09/2023"), { population: 5000 }),
      findings: [{ severity: "error", message: "4 jour(s) franc(s), 5 requis (CGCT L2121-12" }],
    },
    {
      name: "note de synthèse non mentionnée",
      subject: subjectOf(DELIBERATION, { population: 5000 }),
      findings: [{ severity: "info", message: "note explicative de synthèse" }],
    },
  ],
});
