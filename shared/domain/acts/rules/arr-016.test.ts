import { ARRETE, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-016";

const PERMISSION = edit(
  edit(ARRETE, /portant réglementation.*/, "portant permission de voirie pour la pose d'une canalisation"),
  /^Article 1er :.*$/m,
  "Article 1er : L'entreprise Bâtiments du Limousin est autorisée à poser une canalisation sous la voie communale n° 3 ; la redevance est fixée par la délibération du 12 décembre 2023.",
);

testRule(rule, {
  valid: [{ name: "permission de voirie sur une voie communale avec redevance", subject: subjectOf(PERMISSION) }],
  invalid: [
    {
      name: "permission de voirie sur une RD hors agglomération",
      subject: subjectOf(edit(PERMISSION, "sous la voie communale n° 3", "sous la RD 12 hors agglomération")),
      findings: [{ severity: "error", at: { line: 19 } }],
    },
    {
      name: "sans redevance",
      subject: subjectOf(edit(PERMISSION, "; la redevance est fixée par la délibération du 12 décembre 2023", "")),
      findings: [{ severity: "warning", message: "redevance" }],
    },
  ],
});
