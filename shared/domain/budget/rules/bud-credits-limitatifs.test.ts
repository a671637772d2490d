import { BALANCED_LINES, subject, withRealise } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-credits-limitatifs";

// BALANCED_LINES: 011 12 000, 012 50 000, 023 20 000, 73111 82 000, 21 30 000, 16 10 000, 021, 10, 13.
const ca = (realise: readonly number[]) => subject("CA", withRealise(BALANCED_LINES, realise));

testRule(rule, {
  valid: [
    { name: "réalisations dans les crédits", subject: ca([11000, 50000, 0, 83000, 29000, 10000, 0, 5000, 15000]) },
    { name: "recettes au-delà des prévisions", subject: ca([12000, 50000, 0, 90000, 30000, 10000, 0, 6000, 16000]) },
    { name: "budget primitif : pas de réalisations", subject: subject("BP") },
  ],
  invalid: [
    {
      name: "charges de personnel au-delà des crédits",
      subject: ca([12000, 51000, 0, 82000, 30000, 10000, 0, 5000, 15000]),
      findings: [
        {
          severity: "error",
          message: "Chapitre 012 de la section de fonctionnement : dépenses réalisées 51\u202f000,00\u202f€",
          at: { section: "F", chapitre: "012" },
        },
      ],
    },
    {
      name: "travaux au-delà des crédits",
      subject: subject("CFU", withRealise(BALANCED_LINES, [0, 0, 0, 0, 30000.01, 0, 0, 0, 0])),
      findings: [{ message: "au-delà des crédits ouverts (30\u202f000,00\u202f€)", at: { chapitre: "21" } }],
    },
  ],
});
