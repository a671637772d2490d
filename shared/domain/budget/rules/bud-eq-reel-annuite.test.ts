import { BALANCED_LINES, line, replace, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-eq-reel-annuite";

// Capital 40 000 € > FCTVA 5 000 + virement 20 000: the loan would repay the loan.
const heavyDebt = replace(
  replace(BALANCED_LINES, "1641", line("I", "D", "16", "1641", 40000)),
  "2183",
  line("I", "D", "21", "2183", 0),
  line("I", "R", "16", "1641", 0),
);

testRule(rule, {
  valid: [
    { name: "annuité couverte par virement et FCTVA", subject: subject() },
    {
      name: "dépôts (165) exclus de l'annuité",
      subject: subject("BP", [...BALANCED_LINES, line("I", "D", "16", "165", 90000)]),
    },
    { name: "ne s'applique pas au CA", subject: subject("CA", heavyDebt) },
  ],
  invalid: [
    {
      name: "capital non couvert",
      subject: subject("BP", heavyDebt),
      findings: [{ severity: "error", message: "manque 15\u202f000,00\u202f€", at: { chapitre: "16" } }],
    },
    {
      name: "couvert grâce à l'excédent reporté (R001)",
      subject: subject("BP", [...heavyDebt, line("I", "R", "001", "001", 20000)]),
      findings: [{ severity: "info", message: "reprise des résultats" }],
    },
    {
      name: "lotissement : stock insuffisant",
      subject: subject("BP", [line("I", "D", "16", "1641", 100000), line("I", "R", "040", "3555", 60000)]),
      findings: [{ severity: "error", message: "même après reprise" }],
    },
  ],
});
