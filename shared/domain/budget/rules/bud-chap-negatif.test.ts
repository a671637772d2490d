import { BALANCED_LINES, line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-chap-negatif";

testRule(rule, {
  valid: [
    { name: "budget aux chapitres positifs", subject: subject() },
    {
      name: "une nature négative compensée dans son chapitre",
      subject: subject("BP", [...BALANCED_LINES, line("F", "D", "011", "6068", -2000)]),
    },
    {
      name: "décision modificative qui diminue un chapitre",
      subject: subject("DM", [line("F", "D", "011", "60632", -500)]),
    },
  ],
  invalid: [
    {
      name: "chapitre voté négatif",
      subject: subject("BP", [...BALANCED_LINES, line("I", "D", "20", "2031", -1500)]),
      findings: [
        {
          severity: "error",
          message: "Chapitre 20 (dépenses de la section d'investissement) voté pour \u22121\u202f500,00\u202f€",
          at: { chapitre: "20" },
        },
      ],
    },
  ],
});
