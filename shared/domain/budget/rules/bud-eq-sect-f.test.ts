import { BALANCED_LINES, line, replace, subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-eq-sect-f";

const short = replace(BALANCED_LINES, "73111", line("F", "R", "731", "73111", 80000));

testRule(rule, {
  valid: [
    { name: "budget primitif équilibré", subject: subject() },
    {
      name: "sur-équilibre toléré",
      subject: subject("BP", replace(BALANCED_LINES, "73111", line("F", "R", "731", "73111", 90000))),
    },
  ],
  invalid: [
    {
      name: "dépenses supérieures aux recettes",
      subject: subject("BP", short),
      findings: [{ severity: "error", message: "écart 2\u202f000,00\u202f€", at: { section: "F" } }],
    },
    {
      name: "compte administratif : simple avertissement",
      subject: subject("CA", short),
      findings: [{ severity: "warning", message: "au CA" }],
    },
    {
      name: "crédits absents",
      subject: subject(
        "BP",
        BALANCED_LINES.map((l) => ({ ...l, amounts: {} })),
      ),
      findings: [{ severity: "info", message: "non vérifié" }],
    },
  ],
});
