import { line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-dm-03";

const fonctionnement = [line("F", "D", "65", "6535", -100), line("F", "D", "014", "7398", 100)];
const investissement = [line("I", "D", "21", "2183", 100), line("I", "R", "13", "1323", 100)];

testRule(rule, {
  valid: [
    { name: "DM de décembre", subject: subject("DM", investissement, { dateVote: "2024-12-13" }) },
    {
      name: "ajustement de fonctionnement le 15 janvier",
      subject: subject("DM", fonctionnement, { dateVote: "2025-01-15" }),
    },
  ],
  invalid: [
    {
      name: "investissement après le 31 décembre",
      subject: subject("DM", investissement, { dateVote: "2025-01-15" }),
      findings: [{ message: "nature 2183" }],
    },
    {
      name: "après le 21 janvier",
      subject: subject("DM", fonctionnement, { dateVote: "2025-01-22" }),
      findings: [{ message: "après la date limite du 21/01/2025" }],
    },
    {
      name: "date absente",
      subject: subject("DM", fonctionnement, { dateVote: undefined }),
      findings: [{ severity: "info" }],
    },
  ],
});
