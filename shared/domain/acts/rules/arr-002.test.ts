import { ARRETE, DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-002";

testRule(rule, {
  valid: [
    { name: "numéro, date et objet", subject: subjectOf(ARRETE) },
    { name: "une délibération relève de DEL-006", subject: subjectOf(DELIBERATION) },
  ],
  invalid: [
    {
      name: "sans numéro ni objet",
      subject: subjectOf(
        edit(edit(ARRETE, "ARRÊTÉ MUNICIPAL N° AR-2024-017", "ARRÊTÉ MUNICIPAL"), /^portant .*$/m, ""),
      ),
      findings: [{ severity: "info", message: "numéro de l'acte, objet" }],
    },
  ],
});
