import { againstBp, line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-dm-negatif";

testRule(rule, {
  valid: [
    {
      name: "DM seule qui diminue un chapitre sans le vider (selon son budget précédent)",
      subject: subject("DM", [line("F", "D", "011", "60632", -4000, { amounts: { budgetPrecedent: 500_000 } })]),
    },
    {
      name: "chapitre négatif dans un budget primitif : affaire de BUD-CHAP-NEGATIF",
      subject: subject("BP", [line("F", "D", "011", "60632", -100)]),
    },
  ],
  invalid: [
    {
      name: "DM rapprochée du BP, chapitres positifs après elle : la vérification est dite",
      subject: subject("DM", [line("F", "D", "011", "60632", -12000), line("F", "D", "012", "6411", 12000)], againstBp),
      findings: [{ severity: "info", message: "d'après le budget primitif du 28/03/2024" }],
    },
    {
      name: "DM qui retire au chapitre 011 plus que le BP n'ouvrait",
      subject: subject("DM", [line("F", "D", "011", "60632", -13000), line("F", "D", "012", "6411", 13000)], againstBp),
      findings: [
        {
          severity: "error",
          message:
            "le chapitre 011 (dépenses de la section de fonctionnement) passe à \u22121\u202f000,00\u202f€ : le budget primitif du 28/03/2024 l'ouvrait pour 12\u202f000,00\u202f€ et la décision le diminue de 13\u202f000,00\u202f€",
          at: { section: "F", sens: "D", chapitre: "011" },
        },
      ],
    },
    {
      name: "DM seule qui vide un chapitre au-delà de son budget précédent",
      subject: subject("DM", [line("I", "R", "13", "1323", -200, { amounts: { budgetPrecedent: 10_000 } })]),
      findings: [{ severity: "error", message: "selon son budget précédent, MtBudgPrec", at: { chapitre: "13" } }],
    },
    {
      name: "ni budget modifié ni budget précédent",
      subject: subject("DM", [line("F", "D", "011", "60632", -500)]),
      findings: [{ severity: "info", message: "non vérifiés" }],
    },
  ],
});
