import { BALANCED_LINES, line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-imprevues-m14";

/** Dépenses réelles de fonctionnement: 62 000 € + the 022 itself; 7,5 % of 66 000 € = 4 950 €. */
const m14 = (d022: number, exercice = 2022) => ({
  nomenclature: "M14-M14_COM_500_3500",
  exercice,
  lines: [...BALANCED_LINES, line("F", "D", "022", "022", d022)],
});

testRule(rule, {
  valid: [
    { name: "022 sous 7,5 %", subject: subject("BP", m14(4000).lines, m14(4000)) },
    { name: "022 à 7,5 % exactement", subject: subject("BP", m14(5027.02).lines, m14(5027.02)) },
    { name: "2020 : plafond porté à 15 %", subject: subject("BP", m14(9000, 2020).lines, m14(9000, 2020)) },
    { name: "M57 : régime de BUD-M57-02", subject: subject("BP", m14(9000).lines) },
  ],
  invalid: [
    {
      name: "022 au-delà de 7,5 %",
      subject: subject("BP", m14(6000).lines, m14(6000)),
      findings: [{ severity: "error", message: "6\u202f000,00\u202f€, au-delà de 7,5 %", at: { chapitre: "022" } }],
    },
    {
      name: "020 au-delà de 7,5 % des dépenses réelles d'investissement",
      subject: subject("BS", [...BALANCED_LINES, line("I", "D", "020", "020", 4000)], {
        nomenclature: "M14-M14_COM_500_3500",
        exercice: 2022,
      }),
      findings: [{ message: "section d'investissement (chapitre 020)", at: { section: "I" } }],
    },
  ],
});
