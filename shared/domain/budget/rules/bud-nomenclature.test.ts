import { BALANCED_LINES, line, replace, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-nomenclature";

testRule(rule, {
  valid: [
    { name: "natures et chapitres du plan M57_A 2024", subject: subject() },
    {
      name: "opération d'équipement votée comme chapitre",
      subject: subject("BP", [line("I", "D", "21", "2183", 10, { chapitreDeclare: "101", operation: "101" })]),
    },
    {
      name: "compte de tiers numéroté sous 4541",
      subject: subject("BP", [line("I", "D", "4541", "4541", 10, { chapitreDeclare: "45411" })]),
    },
  ],
  invalid: [
    {
      name: "nature inexistante",
      subject: subject("BP", replace(BALANCED_LINES, "60632", line("F", "D", "011", "60699", 1))),
      findings: [
        {
          severity: "error",
          message: "60699 absente du plan de comptes M57_A 2024",
          at: { nature: "60699", chapitre: "011" },
        },
      ],
    },
    {
      name: "mauvais chapitre",
      subject: subject("BP", [line("F", "D", "012", "60632", 1)]),
      findings: [{ message: "chapitre 012 au lieu de 011" }],
    },
    {
      name: "recette réelle sur un compte de charges",
      subject: subject("BP", [line("F", "R", "011", "60632", 1)]),
      findings: [{ message: "recette réelle non autorisée" }],
    },
    {
      name: "compte de regroupement",
      subject: subject("BP", [line("F", "D", "011", "606", 1)]),
      findings: [{ message: "compte de regroupement" }],
    },
    {
      name: "compte fermé",
      subject: subject("BP", [line("F", "D", "012", "6217", 1)]),
      findings: [{ message: "supprimée" }],
    },
    {
      name: "au CA, l'anomalie est un avertissement",
      subject: subject("CA", [line("F", "D", "012", "60632", 1)]),
      findings: [{ severity: "warning" }],
    },
    {
      name: "plan d'une autre année",
      subject: subject("BP", BALANCED_LINES, { exercice: 2025 }),
      findings: [{ severity: "info", message: "vérifié avec celui de 2024" }],
    },
    {
      name: "nomenclature non fournie",
      subject: subject("BP", BALANCED_LINES, { nomenclature: "M52" }),
      findings: [{ severity: "info", message: "non disponible" }],
    },
  ],
});
