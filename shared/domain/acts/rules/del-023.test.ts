import { actText, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-023";

const SUBVENTION = actText("invalid.vote-impossible.txt");
const interested = "Mme Rose BERNARD, conseillère municipale, présidente de l'association, ";

testRule(rule, {
  valid: [
    { name: "aucun élu dirigeant de l'association", subject: subjectOf(SUBVENTION) },
    {
      name: "l'élue présidente a quitté la salle",
      subject: subjectOf(
        edit(
          SUBVENTION,
          "Après en avoir délibéré",
          `${interested}a quitté la salle et n'a pas pris part au vote.\nAprès en avoir délibéré`,
        ),
      ),
    },
  ],
  invalid: [
    {
      name: "l'élue présidente est restée",
      subject: subjectOf(
        edit(SUBVENTION, "Après en avoir délibéré", `${interested}présente le projet.\nAprès en avoir délibéré`),
      ),
      findings: [{ severity: "error", at: { line: 20 } }],
    },
  ],
});
