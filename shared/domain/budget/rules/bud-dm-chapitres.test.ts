import { againstBp, line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-dm-chapitres";

testRule(rule, {
  valid: [
    { name: "un budget primitif n'est pas une décision modificative", subject: subject("BP") },
    {
      name: "DM seule qui ne touche que des chapitres de son budget précédent",
      subject: subject("DM", [
        line("F", "D", "011", "60632", -500, { amounts: { budgetPrecedent: 1_200_000 } }),
        line("F", "D", "012", "6411", 500, { amounts: { budgetPrecedent: 5_000_000 } }),
      ]),
    },
  ],
  invalid: [
    {
      name: "DM rapprochée du BP : chapitres présents, la vérification est dite",
      subject: subject("DM", [line("F", "D", "011", "60632", -500), line("F", "D", "012", "6411", 500)], againstBp),
      findings: [{ severity: "info", message: "tous ouverts par le budget primitif du 28/03/2024" }],
    },
    {
      name: "DM qui ouvre un chapitre absent du BP, avec des crédits",
      subject: subject("DM", [line("F", "D", "011", "60632", -1000), line("F", "D", "65", "6531", 1000)], againstBp),
      findings: [
        {
          severity: "info",
          message:
            "ouverts par la décision modificative, que le budget primitif du 28/03/2024 n'ouvrait pas : 65 (dépenses de la section de fonctionnement)",
        },
      ],
    },
    {
      name: "DM qui diminue un chapitre que le BP n'ouvre pas",
      subject: subject("DM", [line("F", "D", "67", "673", -300), line("F", "D", "011", "60632", 300)], againstBp),
      findings: [
        {
          severity: "error",
          message:
            "diminue de 300,00\u202f€ le chapitre 67 (dépenses de la section de fonctionnement), que le budget primitif du 28/03/2024 n'ouvre pas",
          at: { chapitre: "67" },
        },
      ],
    },
    {
      name: "ni budget modifié ni budget précédent : la vérification manque d'un document",
      subject: subject("DM", [line("F", "D", "011", "60632", -500)]),
      findings: [{ severity: "info", message: "--precedent BP.xml DM.xml" }],
    },
  ],
});
