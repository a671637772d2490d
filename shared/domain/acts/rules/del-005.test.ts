import { DELIBERATION, dropLines, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-005";

testRule(rule, {
  valid: [
    { name: "secrétaire présente", subject: subjectOf(DELIBERATION) },
    {
      name: "secrétaire désignée dans une phrase",
      subject: subjectOf(
        edit(
          DELIBERATION,
          "Secrétaire de séance : Mme Marie LEFEBVRE",
          "Mme Marie LEFEBVRE a été désignée secrétaire de séance.",
        ),
      ),
    },
  ],
  invalid: [
    {
      name: "secrétaire non désigné",
      subject: subjectOf(dropLines(DELIBERATION, /^Secrétaire/)),
      findings: [{ severity: "warning", message: "à compléter" }],
    },
    {
      name: "secrétaire absent de la liste des présents",
      subject: subjectOf(
        edit(DELIBERATION, "Secrétaire de séance : Mme Marie LEFEBVRE", "Secrétaire de séance : M. Eric MARTIN"),
      ),
      findings: [{ message: "M. Eric MARTIN", at: { line: 19 } }],
    },
    {
      name: "l'agent tient le rôle de secrétaire",
      subject: subjectOf(
        edit(
          DELIBERATION,
          "Secrétaire de séance : Mme Marie LEFEBVRE",
          "Secrétaire de séance : Mme Odile VERT, secrétaire générale de mairie",
        ),
      ),
      findings: [{ message: "auxiliaire" }],
    },
  ],
});
