import { actText, ARRETE, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./arr-007";

const RD = actText("invalid.arrete-route-departementale.txt");

testRule(rule, {
  valid: [
    { name: "voie communale en agglomération", subject: subjectOf(ARRETE) },
    {
      name: "RD en agglomération",
      subject: subjectOf(edit(RD, "sur la RD 12 hors agglomération", "sur la RD 12 en agglomération")),
    },
  ],
  invalid: [
    { name: "RD hors agglomération", subject: subjectOf(RD), findings: [{ severity: "error", at: { line: 14 } }] },
    {
      name: "route à grande circulation sans avis du préfet",
      subject: subjectOf(edit(ARRETE, "rue de l'Église, entre", "rue de l'Église, route à grande circulation, entre")),
      findings: [{ severity: "warning", message: "R411-8" }],
    },
  ],
});
