import { BALANCED_LINES, line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-def-02";

const regle = (dateVoteCA?: string) => ({
  facts: { budgetPrecedentRegle: true, ...(dateVoteCA ? { dateVoteCA } : {}) },
});
const withDeficit = [...BALANCED_LINES, line("F", "D", "002", "002", 1000)];

testRule(rule, {
  valid: [
    {
      name: "budget précédent non réglé",
      subject: subject("BP", BALANCED_LINES, { facts: { budgetPrecedentRegle: false } }),
    },
    { name: "CA voté avant, déficit repris", subject: subject("BP", withDeficit, regle("2024-03-01")) },
  ],
  invalid: [
    {
      name: "CA voté après le BP",
      subject: subject("BP", withDeficit, regle("2024-04-01")),
      findings: [{ severity: "error", message: "01/04/2024" }],
    },
    {
      name: "déficit non repris",
      subject: subject("BP", BALANCED_LINES, regle("2024-03-01")),
      findings: [{ severity: "warning", message: "aucun déficit" }],
    },
    { name: "situation non indiquée", subject: subject("BP"), findings: [{ severity: "info" }] },
  ],
});
