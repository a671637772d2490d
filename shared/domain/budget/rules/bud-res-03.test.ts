import { BALANCED_LINES, line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-res-03";

const repris = [
  ...BALANCED_LINES,
  line("I", "R", "001", "001", 1000),
  line("F", "R", "002", "002", 400),
  line("I", "R", "10", "1068", 600),
];
const precedents = (fonctionnement: number, investissement: number) => ({
  facts: { resultatsPrecedents: { fonctionnement: fonctionnement * 100, investissement: investissement * 100 } },
});

testRule(rule, {
  valid: [
    { name: "BP voté avant le CA, sans reprise", subject: subject() },
    { name: "reprise conforme au CA", subject: subject("BP", repris, precedents(1000, 1000)) },
  ],
  invalid: [
    {
      name: "solde d'exécution mal repris",
      subject: subject("BP", repris, precedents(1000, 1200)),
      findings: [{ severity: "error", message: "1\u202f200,00\u202f€", at: { chapitre: "001" } }],
    },
    {
      name: "résultat de fonctionnement incomplet",
      subject: subject("BS", repris, precedents(1500, 1000)),
      findings: [{ message: "002 + 1068" }],
    },
    { name: "reprise sans les résultats du CA", subject: subject("BP", repris), findings: [{ severity: "info" }] },
  ],
});
