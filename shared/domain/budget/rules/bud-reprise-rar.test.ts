import { BALANCED_LINES, line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-reprise-rar";

const withRar = (d: number, r: number) => [
  ...BALANCED_LINES,
  line("I", "R", "001", "001", 1000),
  line("I", "D", "21", "2188", 0, { amounts: { rar: d * 100 } }),
  line("I", "R", "13", "1321", 0, { amounts: { rar: r * 100 } }),
];
const precedent = (d: number, r: number) => ({
  facts: {
    precedent: {
      exercice: 2023,
      resultats: { fonctionnement: 0, investissement: 100_000 },
      rarDepenses: d * 100,
      rarRecettes: r * 100,
      besoin: 0,
    },
  },
});

testRule(rule, {
  valid: [{ name: "BP voté avant le CA, sans reprise", subject: subject() }],
  invalid: [
    {
      name: "RAR repris comme au CA : dit que la vérification a eu lieu",
      subject: subject("BP", withRar(800, 300), precedent(800, 300)),
      findings: [
        { severity: "info", message: "conformes au compte 2023 : dépenses 800,00\u202f€, recettes 300,00\u202f€" },
      ],
    },
    {
      name: "RAR de dépenses oubliés en partie",
      subject: subject("BP", withRar(500, 300), precedent(800, 300)),
      findings: [
        {
          severity: "error",
          message: "dépenses de la section d'investissement repris pour 500,00\u202f€",
          at: { sens: "D" },
        },
      ],
    },
    {
      name: "RAR de recettes gonflés",
      subject: subject("BS", withRar(800, 900), precedent(800, 300)),
      findings: [{ message: "le compte 2023 en arrête 300,00\u202f€", at: { sens: "R" } }],
    },
    { name: "reprise sans le CA fourni", subject: subject("BP", withRar(800, 300)), findings: [{ severity: "info" }] },
  ],
});
