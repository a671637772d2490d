import { BALANCED_LINES, line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-obl-03";

const lines = [...BALANCED_LINES, line("F", "D", "68", "6817", 1500)];

testRule(rule, {
  valid: [
    {
      name: "provision pour créances douteuses inscrite",
      subject: subject("BP", lines, { facts: { provisionsRequises: 150000 } }),
    },
  ],
  invalid: [
    {
      name: "provision insuffisante",
      subject: subject("BP", lines, { facts: { provisionsRequises: 200000 } }),
      findings: [{ severity: "warning", message: "2\u202f000,00\u202f€" }],
    },
    { name: "risques non déclarés", subject: subject("CA", lines), findings: [{ severity: "info" }] },
  ],
});
