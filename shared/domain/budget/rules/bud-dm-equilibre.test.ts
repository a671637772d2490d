import { line, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-dm-equilibre";

testRule(rule, {
  valid: [
    {
      name: "virement de chapitre à chapitre (Crach DM2 2021)",
      subject: subject("DM", [line("F", "D", "65", "6535", -1595), line("F", "D", "014", "7398", 1595)]),
    },
    { name: "ne s'applique pas au BP", subject: subject("BP", [line("F", "D", "011", "60632", 10)]) },
  ],
  invalid: [
    {
      name: "dépense nouvelle sans recette",
      subject: subject("DM", [
        line("F", "D", "011", "60632", 1000),
        line("I", "D", "21", "2183", 10),
        line("I", "R", "13", "1323", 10),
      ]),
      findings: [{ severity: "error", message: "dans la section de fonctionnement", at: { section: "F" } }],
    },
  ],
});
