import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-017";

testRule(rule, {
  valid: [
    { name: "aucun incident", subject: s() },
    {
      name: "expulsion ordonnée par le maire",
      subject: s((x) => {
        x.incidents = [{ description: "perturbateur", orderedBy: "anne leroy" }];
      }),
    },
  ],
  invalid: [
    {
      name: "expulsion ordonnée par un adjoint",
      subject: s((x) => {
        x.incidents = [{ description: "perturbateur", orderedBy: "Luc Durand" }];
      }),
      findings: [{ severity: "info", message: "pas Luc Durand", at: { path: "incidents[0]" } }],
    },
    {
      name: "délit sans procès-verbal",
      subject: s((x) => {
        x.incidents = [{ description: "menaces", crimeOrDelit: true }];
      }),
      findings: [{ severity: "info", message: "procureur" }],
    },
  ],
});
