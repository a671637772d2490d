import { ARRETE, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-018";

const BUVETTE = edit(
  edit(ARRETE, /portant réglementation.*/, "portant autorisation d'ouverture d'un débit de boissons temporaire"),
  /^Article 1er :.*$/m,
  "Article 1er : L'association du comité des fêtes est autorisée à ouvrir une buvette le 14 juillet 2024, pour les boissons des groupes 1 et 3.",
);

testRule(rule, {
  valid: [{ name: "association, groupes 1 et 3", subject: subjectOf(BUVETTE) }],
  invalid: [
    {
      name: "deuxième groupe",
      subject: subjectOf(edit(BUVETTE, "des groupes 1 et 3", "des deux premiers groupes")),
      findings: [{ severity: "warning", message: "groupes 1 et 3", at: { line: 19 } }],
    },
    {
      name: "bénéficiaire non nommé",
      subject: subjectOf(edit(BUVETTE, "L'association du comité des fêtes est autorisée", "Il est autorisé")),
      findings: [{ message: "bénéficiaire" }],
    },
  ],
});
