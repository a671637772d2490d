import { BALANCED_LINES, line, subject, withRealise } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-res-01";

const report = (realise: number) =>
  withRealise(
    [...BALANCED_LINES, line("F", "R", "002", "002", 3000)],
    [10000, 48000, 0, 83000, 25000, 10000, 0, 5000, 15000, realise],
  );

testRule(rule, {
  valid: [{ name: "ne s'applique pas au BP", subject: subject() }],
  invalid: [
    {
      name: "résultats calculés (002 reporté inclus)",
      subject: subject("CA", report(3000)),
      findings: [
        {
          severity: "info",
          message:
            "Résultat de fonctionnement cumulé : 28\u202f000,00\u202f€ ; solde d'exécution d'investissement cumulé : \u221215\u202f000,00\u202f€",
        },
      ],
    },
    {
      name: "report 002 exécuté pour un autre montant",
      subject: subject("CA", report(2500)),
      findings: [{ severity: "error", message: "R002", at: { chapitre: "002" } }, { severity: "info" }],
    },
    {
      name: "réalisations absentes",
      subject: subject("CFU"),
      findings: [{ severity: "info", message: "réalisations" }],
    },
  ],
});
