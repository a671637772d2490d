import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-033";

testRule(rule, {
  valid: [
    { name: "séance physique", subject: s() },
    {
      name: "visioconférence pendant la période dérogatoire",
      date: "2021-04-01",
      subject: s((x) => {
        x.remote = true;
        x.declaredQuorum = 4;
      }),
    },
  ],
  invalid: [
    {
      name: "visioconférence en 2025",
      subject: s((x) => {
        x.remote = true;
      }),
      findings: [{ severity: "warning", at: { path: "remote" } }],
    },
    {
      name: "quorum au tiers annoncé en 2025",
      subject: s((x) => {
        x.declaredQuorum = 4;
      }),
      findings: [{ message: "la majorité (6)" }],
    },
  ],
});
