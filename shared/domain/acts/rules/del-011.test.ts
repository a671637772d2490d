import { DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-011";

const vote = (line: string) => subjectOf(edit(DELIBERATION, "Vote : Pour : 12 Contre : 1 Abstention : 0", line));

testRule(rule, {
  valid: [
    { name: "12 pour, 1 contre", subject: subjectOf(DELIBERATION) },
    { name: "unanimité sans décompte", subject: vote("Adopté à l'unanimité.") },
    {
      name: "unanimité des suffrages exprimés avec abstentions",
      subject: vote("Adopté à l'unanimité des suffrages exprimés (Pour : 11, abstentions : 2)."),
    },
  ],
  invalid: [
    { name: "résultat absent", subject: vote("Le point a été débattu."), findings: [{ severity: "warning" }] },
    {
      name: "unanimité avec des voix contre",
      subject: vote("Adopté à l'unanimité : Pour : 12 Contre : 1"),
      findings: [{ severity: "error", message: "1 conseiller(s) ont voté contre", at: { line: 35 } }],
    },
    {
      name: "unanimité avec abstentions",
      subject: vote("Adopté à l'unanimité : Pour : 11 Contre : 0 Abstentions : 2"),
      findings: [{ severity: "warning", message: "suffrages exprimés" }],
    },
    {
      name: "rejeté mais « DÉCIDE »",
      subject: vote("Vote : Pour : 5 Contre : 8 Abstention : 0"),
      findings: [{ severity: "error", message: "n'est pas adoptée" }],
    },
  ],
});
