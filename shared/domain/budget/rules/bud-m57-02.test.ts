import { BALANCED_LINES, line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-m57-02";

testRule(rule, {
  valid: [
    {
      name: "AE de dépenses imprévues sous 2 %",
      subject: subject("BP", BALANCED_LINES, { facts: { depensesImprevues: { ae: 124000 } } }),
    },
    {
      name: "M14 : crédits de dépenses imprévues permis",
      subject: subject("BP", [...BALANCED_LINES, line("F", "D", "022", "022", 1000)], {
        nomenclature: "M14-M14_COM_500_3500",
      }),
    },
  ],
  invalid: [
    {
      name: "crédits au 022 en M57",
      subject: subject("BP", [...BALANCED_LINES, line("F", "D", "022", "022", 1000)]),
      findings: [{ message: "chapitre 022", at: { chapitre: "022" } }],
    },
    {
      name: "AP au-delà de 2 % des dépenses réelles d'investissement",
      subject: subject("BP", BALANCED_LINES, { facts: { depensesImprevues: { ap: 80001 } } }),
      findings: [{ message: "investissement" }],
    },
  ],
});
