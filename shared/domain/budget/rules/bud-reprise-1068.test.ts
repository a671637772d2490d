import { BALANCED_LINES, line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-reprise-1068";

const withReprise = (r1068: number) => [
  ...BALANCED_LINES,
  line("I", "D", "001", "001", 2000),
  line("F", "R", "002", "002", 5000 - r1068),
  line("I", "R", "10", "1068", r1068),
];
const precedent = (besoin: number, fonctionnement = 5000) => ({
  facts: {
    precedent: {
      exercice: 2023,
      resultats: { fonctionnement: fonctionnement * 100, investissement: -200_000 },
      rarDepenses: 0,
      rarRecettes: 0,
      besoin: besoin * 100,
    },
  },
});

testRule(rule, {
  valid: [{ name: "BP voté avant le CA, sans reprise", subject: subject() }],
  invalid: [
    {
      name: "1068 égal au besoin : vérifié",
      subject: subject("BP", withReprise(2000), precedent(2000)),
      findings: [{ severity: "info", message: "(2\u202f000,00\u202f€) couvrant le besoin" }],
    },
    {
      name: "1068 au-delà du besoin : vérifié",
      subject: subject("BP", withReprise(3000), precedent(2000)),
      findings: [{ severity: "info" }],
    },
    {
      name: "résultat inférieur au besoin : tout le résultat au 1068",
      subject: subject("BP", withReprise(1500), precedent(2000, 1500)),
      findings: [{ severity: "info", message: "(1\u202f500,00\u202f€)" }],
    },
    {
      name: "1068 sous le besoin de financement du CA",
      subject: subject("BP", withReprise(1000), precedent(2000)),
      findings: [{ severity: "error", message: "(1\u202f000,00\u202f€) inférieure au besoin", at: { nature: "1068" } }],
    },
    { name: "reprise sans le CA fourni", subject: subject("BP", withReprise(1000)), findings: [{ severity: "info" }] },
  ],
});
