import { DELIBERATION, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./del-014";

const certified = (date: string) =>
  subjectOf(`${DELIBERATION}\nLe Maire certifie le caractère exécutoire de cet acte le ${date}.`);

testRule(rule, {
  valid: [
    { name: "pas de certification", subject: subjectOf(DELIBERATION) },
    { name: "certifié après transmission et publication", subject: certified("22/09/2023") },
  ],
  invalid: [
    {
      name: "certifié avant la publication",
      subject: certified("20/09/2023"),
      findings: [{ severity: "info", message: "publication du 21/09/2023" }],
    },
  ],
});
