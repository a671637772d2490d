import { line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-dm-02";

const cumul = (prevRecette: number) => [
  line("F", "D", "011", "60632", 1000, { amounts: { budgetPrecedent: 5000000 } }),
  line("F", "R", "731", "73111", 1000, { amounts: { budgetPrecedent: prevRecette * 100 } }),
];

testRule(rule, {
  valid: [{ name: "budget cumulé équilibré", subject: subject("DM", cumul(50000)) }],
  invalid: [
    {
      name: "budget précédent déjà en déficit",
      subject: subject("DM", cumul(40000)),
      findings: [{ severity: "error", message: "section de fonctionnement" }],
    },
    {
      name: "virement asymétrique après la DM",
      subject: subject("DM", [
        line("F", "D", "023", "023", 100, { amounts: { budgetPrecedent: 0 } }),
        line("F", "R", "731", "73111", 100),
      ]),
      findings: [{ message: "D023 = 100,00\u202f€" }],
    },
    {
      name: "budget précédent absent",
      subject: subject("DM", [line("F", "D", "011", "60632", 0)]),
      findings: [{ severity: "info" }],
    },
  ],
});
