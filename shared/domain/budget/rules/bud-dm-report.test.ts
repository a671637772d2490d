import { againstBp, BALANCED_LINES, line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import type { BudgetLine } from "../model";
import rule from "./bud-dm-report";

/** The DM's lines with the BP's credits as budget précédent and no movement but one, `change` on 011. */
const dmOf = (lines: readonly BudgetLine[], change: (l: BudgetLine) => number = () => 0): BudgetLine[] =>
  lines.map((l) => ({ ...l, amounts: { credits: 0, budgetPrecedent: (l.amounts.credits ?? 0) + change(l) } }));

testRule(rule, {
  valid: [{ name: "un budget primitif n'a pas de budget précédent à rapprocher", subject: subject("BP") }],
  invalid: [
    {
      name: "budget précédent de la DM égal au BP : la vérification est dite",
      subject: subject("DM", dmOf(BALANCED_LINES), againstBp),
      findings: [
        {
          severity: "info",
          message: "égal, chapitre par chapitre, aux crédits qu'ouvre le budget primitif du 28/03/2024",
        },
      ],
    },
    {
      name: "DM préparée sur un chapitre 011 à 11 000 € quand le BP en ouvre 12 000 €",
      subject: subject(
        "DM",
        dmOf(BALANCED_LINES, (l) => (l.chapitre === "011" ? -100_000 : 0)),
        againstBp,
      ),
      findings: [
        {
          severity: "warning",
          message:
            "Chapitre 011 (dépenses de la section de fonctionnement) : la décision modificative reporte un budget précédent de 11\u202f000,00\u202f€, le budget primitif du 28/03/2024 ouvre 12\u202f000,00\u202f€ (écart 1\u202f000,00\u202f€)",
          at: { chapitre: "011" },
        },
      ],
    },
    {
      name: "DM contre un autre budget : dix écarts nommés, le reste compté",
      subject: subject(
        "DM",
        Array.from({ length: 12 }, (_, i) =>
          line("F", "D", `6${i + 10}`, `6${i + 10}1`, 0, { amounts: { budgetPrecedent: 100 } }),
        ),
        againstBp,
      ),
      findings: [
        ...Array.from({ length: 10 }, () => ({
          severity: "warning" as const,
          message: "la décision modificative reporte",
        })),
        { severity: "warning", message: "autres chapitres présentent un écart" },
      ],
    },
    {
      name: "budget modifié non fourni",
      subject: subject("DM", dmOf(BALANCED_LINES)),
      findings: [{ severity: "info", message: "n'est pas fourni" }],
    },
    {
      name: "budget modifié fourni, mais la DM ne donne pas son budget précédent",
      subject: subject("DM", [line("F", "D", "011", "60632", 0)], againstBp),
      findings: [{ severity: "info", message: "la décision ne le donne pas (MtBudgPrec)" }],
    },
  ],
});
