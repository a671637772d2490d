import { DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-012";

const before = (sentence: string, voteLine = "Vote : Pour : 12 Contre : 1 Abstention : 0") =>
  subjectOf(edit(DELIBERATION, "Vote : Pour : 12 Contre : 1 Abstention : 0", `${sentence}\n${voteLine}`));

testRule(rule, {
  valid: [
    { name: "personne n'est intéressé", subject: subjectOf(DELIBERATION) },
    {
      name: "l'élu intéressé a quitté la salle et n'est pas compté",
      subject: before(
        "Mme Lucie BLANC, intéressée, a quitté la salle et n'a pas pris part au vote.",
        "Vote : Pour : 11 Contre : 1 Abstention : 0",
      ),
    },
  ],
  invalid: [
    {
      name: "un élu intéressé a pris part au vote",
      subject: before("M. Henri FAURE, intéressé à l'affaire, a pris part au vote."),
      findings: [{ severity: "error", message: "illégale", at: { line: 35 } }],
    },
    {
      name: "non-participant compté dans les voix",
      subject: before("Mme Lucie BLANC, intéressée, a quitté la salle."),
      findings: [{ severity: "error", message: "13 voix sont comptées pour 11 présents et 2 représentés" }],
    },
  ],
});
