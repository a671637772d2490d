import { actText, ARRETE, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-012";

const DELEGATION = edit(
  edit(ARRETE, /portant réglementation.*/, "portant délégation de fonctions à M. Paul LEROY, adjoint"),
  /^Article 1er :.*$/m,
  "Article 1er : Délégation de fonctions est donnée à M. Paul LEROY dans le domaine de la voirie.",
);

testRule(rule, {
  valid: [
    { name: "circulation et stationnement : non transmissible", subject: subjectOf(ARRETE) },
    { name: "mise en sécurité transmise", subject: subjectOf(actText("invalid.arrete-peril.txt")) },
    { name: "délégation transmise", subject: subjectOf(`${DELEGATION}\nTransmis en préfecture le 8 avril 2024.`) },
  ],
  invalid: [
    {
      name: "délégation de fonctions non transmise",
      subject: subjectOf(DELEGATION),
      findings: [{ severity: "warning", message: "contrôle de légalité" }],
    },
  ],
});
