import { BALANCED_LINES, line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-obl-01";

const lines = [...BALANCED_LINES, line("F", "D", "66", "66111", 2000)];
const dette = (interets: number, capital: number) => ({
  facts: { echeancier: { interets: interets * 100, capital: capital * 100 } },
});

testRule(rule, {
  valid: [
    {
      name: "annuité de l'état de la dette inscrite (Crach BP 2022)",
      subject: subject("BP", lines, dette(1999.5, 10000)),
    },
  ],
  invalid: [
    {
      name: "intérêts sous-estimés",
      subject: subject("BP", lines, dette(2000.01, 10000)),
      findings: [{ severity: "error", message: "66111", at: { nature: "66111" } }],
    },
    {
      name: "capital sous-estimé",
      subject: subject("BS", lines, dette(2000, 12000)),
      findings: [{ message: "capital" }],
    },
    { name: "état de la dette absent", subject: subject("BP", lines), findings: [{ severity: "info" }] },
  ],
});
