import { subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-cal-01";

testRule(rule, {
  valid: [
    { name: "voté le 15 avril", subject: subject("BP", undefined, { dateVote: "2024-04-15" }) },
    {
      name: "année de renouvellement : 30 avril",
      subject: subject("BP", undefined, { exercice: 2026, dateVote: "2026-04-30" }),
    },
    { name: "voté en décembre de l'année précédente", subject: subject("BP", undefined, { dateVote: "2023-12-14" }) },
  ],
  invalid: [
    {
      name: "voté le 16 avril",
      subject: subject("BP", undefined, { dateVote: "2024-04-16" }),
      findings: [{ severity: "error", message: "après la date limite du 15/04/2024" }],
    },
    {
      name: "date absente",
      subject: subject("BP", undefined, { dateVote: undefined }),
      findings: [{ severity: "info" }],
    },
  ],
});
