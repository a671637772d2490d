import { subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-cal-03";

testRule(rule, {
  valid: [
    { name: "CA voté le 30 juin", subject: subject("CA", undefined, { exercice: 2023, dateVote: "2024-06-30" }) },
    { name: "ne s'applique pas au BP", subject: subject("BP", undefined, { dateVote: "2024-12-01" }) },
  ],
  invalid: [
    {
      name: "CFU voté le 1er juillet",
      subject: subject("CFU", undefined, { exercice: 2023, dateVote: "2024-07-01" }),
      findings: [{ severity: "error", message: "Compte financier unique 2023" }],
    },
    {
      name: "date absente",
      subject: subject("CA", undefined, { dateVote: undefined }),
      findings: [{ severity: "info" }],
    },
  ],
});
