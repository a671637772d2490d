import { ARRETE, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-015";

const delegation = (article: string) =>
  subjectOf(
    edit(
      edit(ARRETE, /portant réglementation.*/, "portant délégation de fonctions à M. Paul LEROY, adjoint"),
      /^Article 1er :.*$/m,
      article,
    ),
  );

testRule(rule, {
  valid: [
    {
      name: "domaine défini",
      subject: delegation(
        "Article 1er : Délégation de fonctions est donnée à M. Paul LEROY dans le domaine de la voirie communale.",
      ),
    },
    { name: "autre arrêté", subject: subjectOf(ARRETE) },
  ],
  invalid: [
    {
      name: "délégation générale",
      subject: delegation(
        "Article 1er : Délégation est donnée à M. Paul LEROY pour l'ensemble des attributions du maire.",
      ),
      findings: [{ severity: "error", at: { line: 19 } }],
    },
    {
      name: "domaine non précisé",
      subject: delegation("Article 1er : Délégation de fonctions est donnée à M. Paul LEROY."),
      findings: [{ severity: "warning" }],
    },
  ],
});
