import { testRule } from "@tests/support/rule-tester";
import { balancedPlan, DEPARTEMENT, DETR, planSubject } from "@tests/fixtures/plans/build-plan";
import rule from "./plan-pf-07";

const notStarted = balancedPlan({ project: { title: "Salle des fêtes" } });
const pendingDetr = balancedPlan({ funders: [{ ...DETR, status: "demande", decisionDate: undefined }, DEPARTEMENT] });

testRule(rule, {
  valid: [
    { name: "commencé dans les deux ans", subject: planSubject(balancedPlan()) },
    { name: "pas commencé mais encore dans le délai", subject: planSubject(notStarted, { today: "2027-04-10" }) },
    { name: "demande de moins de trois mois", subject: planSubject(pendingDetr, { today: "2025-04-20" }) },
  ],
  invalid: [
    {
      name: "pas commencé deux ans après la notification",
      subject: planSubject(notStarted, { today: "2027-04-11" }),
      findings: [{ severity: "warning", message: "n'avait pas commencé le 10/04/2027" }],
    },
    {
      name: "commencé trop tard",
      subject: planSubject(balancedPlan({ project: { title: "Salle", commencement: "2027-06-01" } })),
      findings: [{ message: "caduque" }],
    },
    {
      name: "sans réponse depuis trois mois",
      subject: planSubject(pendingDetr, { today: "2025-04-21" }),
      findings: [{ severity: "info", message: "réputé complet depuis le 20/04/2025" }],
    },
  ],
});
