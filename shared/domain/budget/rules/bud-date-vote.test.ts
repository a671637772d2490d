import { subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-date-vote";

testRule(rule, {
  valid: [
    {
      name: "BP voté en décembre de l'année précédente",
      subject: subject("BP", undefined, { dateVote: "2023-12-14" }),
    },
    { name: "CA voté au printemps suivant", subject: subject("CA", undefined, { dateVote: "2025-05-20" }) },
    { name: "DM en cours d'année", subject: subject("DM", undefined, { dateVote: "2024-09-30" }) },
    { name: "CFU : date du flux non contrôlée", subject: subject("CFU", undefined, { dateVote: "2024-01-01" }) },
  ],
  invalid: [
    {
      name: "jour inexistant",
      subject: subject("BP", undefined, { dateVote: "2024-02-30" }),
      findings: [{ severity: "error", message: "« 2024-02-30 » : ce jour n'existe pas" }],
    },
    {
      name: "CA voté avant la fin de l'exercice",
      subject: subject("CA", undefined, { dateVote: "2024-11-15" }),
      findings: [{ message: "Compte administratif 2024 : vote du 15/11/2024, avant la clôture" }],
    },
    {
      name: "BP voté après son exercice",
      subject: subject("BP", undefined, { dateVote: "2025-02-10" }),
      findings: [{ message: "hors de la période possible (01/01/2023 – 31/12/2024)" }],
    },
    {
      name: "DM avant le début de l'exercice",
      subject: subject("DM", undefined, { dateVote: "2023-11-10" }),
      findings: [{ message: "Décision modificative 2024 : vote du 10/11/2023" }],
    },
  ],
});
