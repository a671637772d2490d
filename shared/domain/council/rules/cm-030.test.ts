import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-030";

testRule(rule, {
  valid: [
    {
      name: "documents fournis ou non renseignés",
      subject: s((x) => {
        x.points.forEach((p) => {
          p.documentsProvided = true;
        });
      }),
    },
  ],
  invalid: [
    {
      name: "dossier non communiqué",
      subject: s((x) => {
        x.points.forEach((p, i) => {
          p.documentsProvided = i === 0;
        });
      }),
      findings: [{ severity: "info", at: { path: "points[1].documentsProvided" } }],
    },
  ],
});
