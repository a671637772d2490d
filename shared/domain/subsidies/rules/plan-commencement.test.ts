import { testRule } from "@tests/support/rule-tester";
import { balancedPlan, DEPARTEMENT, DETR, planSubject } from "@tests/fixtures/plans/build-plan";
import rule from "./plan-commencement";

const startedOn = (commencement: string, funders = [DETR, DEPARTEMENT]) =>
  planSubject(balancedPlan({ project: { title: "Salle des fêtes", commencement }, funders }));

testRule(rule, {
  valid: [
    { name: "travaux commencés après chaque accusé de réception", subject: startedOn("2025-05-01") },
    {
      name: "projet pas encore commencé",
      subject: planSubject(balancedPlan({ project: { title: "Salle des fêtes" } })),
    },
    {
      name: "dérogation notifiée par le préfet",
      subject: startedOn("2025-01-02", [{ ...DETR, commencementDerogation: "lettre du 20/12/2024" }]),
    },
    { name: "subvention refusée ignorée", subject: startedOn("2025-01-02", [{ ...DETR, status: "refuse" }]) },
  ],
  invalid: [
    {
      name: "bon de commande signé avant la réception de la demande DETR et départementale",
      subject: startedOn("2025-01-18"),
      findings: [
        {
          severity: "error",
          message: "avant la réception de la demande (20/01/2025) : la subvention ne peut pas être accordée",
          at: { path: "funders[0]" },
        },
        { severity: "warning", message: "vérifiez que le règlement du financeur", at: { path: "funders[1]" } },
      ],
    },
    {
      name: "fonds vert pas encore demandé",
      subject: startedOn("2025-05-01", [{ kind: "fonds-vert", amountCents: 40_000_00, status: "prevu" }]),
      findings: [{ severity: "error", message: "la demande n'est pas déposée" }],
    },
    {
      name: "commencement le jour de la réception",
      subject: startedOn("2025-01-20", [DETR]),
      findings: [{ severity: "warning", message: "le jour même" }],
    },
    {
      name: "accusé de réception absent",
      subject: startedOn("2025-03-01", [{ ...DETR, acknowledgementDate: undefined }]),
      findings: [{ severity: "info", message: "date de réception de la demande inconnue" }],
    },
  ],
});
