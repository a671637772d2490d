import { ARRETE, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-001";

const signedBy = (block: string) => subjectOf(edit(ARRETE, "Le Maire,\nJean DUPONT", block));
const DELEGATION_VISA =
  "Vu l'arrêté n° 2020-12 du 2 juin 2020 portant délégation de fonctions à M. Paul LEROY, adjoint ;\nVu le code de la route";

testRule(rule, {
  valid: [
    { name: "signé par le maire", subject: subjectOf(ARRETE) },
    {
      name: "adjoint dont la délégation est visée",
      subject: subjectOf(
        edit(
          edit(ARRETE, "Vu le code de la route", DELEGATION_VISA),
          "Le Maire,\nJean DUPONT",
          "Pour le Maire et par délégation,\nL'Adjoint délégué,\nPaul LEROY",
        ),
      ),
    },
  ],
  invalid: [
    {
      name: "adjoint sans délégation visée",
      subject: signedBy("Pour le Maire et par délégation,\nL'Adjoint délégué,\nPaul LEROY"),
      findings: [{ severity: "warning", message: "L'Adjoint délégué", at: { line: 29 } }],
    },
    {
      name: "agent signataire sans délégation de signature",
      subject: signedBy("La Secrétaire générale,\nOdile VERT"),
      findings: [{ message: "L2122-19" }],
    },
  ],
});
