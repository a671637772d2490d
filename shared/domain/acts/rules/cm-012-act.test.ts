import { actText, DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./cm-012-act";

const QUORUM = actText("invalid.quorum-non-atteint.txt");

testRule(rule, {
  valid: [
    { name: "11 présents sur 15", subject: subjectOf(DELIBERATION) },
    {
      name: "6 présents et 3 pouvoirs sur 15 pendant la crise sanitaire",
      subject: subjectOf(QUORUM),
      date: "2021-03-01",
    },
    {
      name: "seconde convocation",
      subject: subjectOf(
        edit(
          QUORUM,
          "Convocation adressée",
          "Seconde convocation, le quorum n'ayant pas été atteint le 30 octobre 2023. Convocation adressée",
        ),
      ),
    },
  ],
  invalid: [
    {
      name: "6 présents sur 15 : pouvoirs non comptés",
      subject: subjectOf(QUORUM),
      findings: [{ severity: "error", message: "le quorum est de 8", at: { line: 8 } }],
    },
    {
      name: "4 présents sur 15 pendant la crise sanitaire",
      subject: subjectOf(edit(QUORUM, "Présents : 6 – Pouvoirs : 3", "Présents : 3 – Pouvoirs : 1")),
      date: "2021-03-01",
      findings: [{ message: "tiers (5)" }],
    },
  ],
});
