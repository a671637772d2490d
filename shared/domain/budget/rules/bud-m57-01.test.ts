import { BALANCED_LINES, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-m57-01";

// Dépenses réelles F = 62 000 € → 7,5 % = 4 650 €.
const withVirements = (montant: number, depuis = "011", extra = {}) =>
  subject("BP", BALANCED_LINES, {
    facts: { virements: [{ section: "F", depuis, vers: "65", montant: montant * 100 }], ...extra },
  });

testRule(rule, {
  valid: [
    { name: "aucun virement déclaré", subject: subject() },
    { name: "virement dans la limite de 7,5 %", subject: withVirements(4650) },
  ],
  invalid: [
    {
      name: "au-delà de 7,5 %",
      subject: withVirements(4650.01),
      findings: [{ severity: "error", message: "limite de 7,5 %" }],
    },
    {
      name: "taux voté plus bas",
      subject: withVirements(4000, "011", { tauxFongibilite: 50 }),
      findings: [{ message: "limite de 5 %" }],
    },
    { name: "chapitre 012 exclu", subject: withVirements(100, "012"), findings: [{ message: "012" }] },
    {
      name: "budget en M14",
      subject: subject("BP", BALANCED_LINES, {
        nomenclature: "M14-M14_COM_500_3500",
        facts: { virements: [{ section: "F", depuis: "011", vers: "65", montant: 100 }] },
      }),
      findings: [{ message: "pas en M57" }],
    },
  ],
});
