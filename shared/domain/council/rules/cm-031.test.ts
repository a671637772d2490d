import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-031";

testRule(rule, {
  valid: [
    { name: "compte rendu fait", subject: s() },
    {
      name: "pas de délégation",
      subject: s((x) => {
        x.delegations = { granted: false, reported: false };
      }),
    },
  ],
  invalid: [
    {
      name: "délégations sans compte rendu",
      subject: s((x) => {
        x.delegations = { granted: true, reported: false };
      }),
      findings: [{ severity: "info", at: { path: "delegations.reported" } }],
    },
  ],
});
