import { againstBp, line, subject } from "@tests/fixtures/budgets/builders";
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
      name: "BP + DM équilibrés, sur le BP donné à côté : la vérification est dite",
      subject: subject("DM", [line("F", "D", "011", "60632", 500), line("F", "R", "731", "73111", 500)], againstBp),
      findings: [
        { severity: "info", message: "sur le budget primitif du 28/03/2024 et les mouvements de la décision" },
      ],
    },
    {
      name: "DM équilibrée seule mais BP + DM déséquilibré (le BP donné fait foi, pas MtBudgPrec)",
      subject: subject(
        "DM",
        [
          line("F", "D", "011", "60632", 1000, { amounts: { budgetPrecedent: 0 } }),
          line("F", "R", "731", "73111", 500, { amounts: { budgetPrecedent: 10_000_000 } }),
        ],
        againstBp,
      ),
      findings: [
        {
          severity: "error",
          message:
            "section de fonctionnement du budget cumulé est en déséquilibre : dépenses 83 000,00 €, recettes 82 500,00 €",
        },
      ],
    },
    {
      name: "DM qui augmente le virement 023 sans la recette 021, sur le BP",
      subject: subject("DM", [line("F", "D", "023", "023", 400), line("F", "D", "011", "60632", -400)], againstBp),
      findings: [{ message: "D023 = 20 400,00 €, R021 = 20 000,00 €" }],
    },
    {
      name: "budget précédent absent",
      subject: subject("DM", [line("F", "D", "011", "60632", 0)]),
      findings: [{ severity: "info" }],
    },
  ],
});
