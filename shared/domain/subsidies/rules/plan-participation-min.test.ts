import { testRule } from "@tests/support/rule-tester";
import { balancedPlan, DEPARTEMENT, DETR, planSubject } from "@tests/fixtures/plans/build-plan";
import rule from "./plan-participation-min";

/** 200 000 € of public subsidies leave the commune 0 €: below every floor but the outre-mer one. */
const allPublic = balancedPlan({
  funders: [DETR, { ...DEPARTEMENT, amountCents: 140_000_00 }],
  autofinancementCents: 0,
  empruntCents: 0,
});
/** Own share 39\u202f999,99\u202f€ of 200 000 €: one cent under 20 %. */
const justUnder = balancedPlan({
  funders: [DETR, { ...DEPARTEMENT, amountCents: 100_000_01 }],
  autofinancementCents: 39_999_99,
  empruntCents: 0,
});
const schoolEnergy = (decision?: string) =>
  balancedPlan({
    funders: [DETR, { ...DEPARTEMENT, amountCents: 120_000_00 }],
    autofinancementCents: 20_000_00,
    empruntCents: 0,
    derogations: [{ kind: "renovation-energetique-scolaire", ...(decision ? { decision } : {}) }],
  });

testRule(rule, {
  valid: [
    { name: "part communale de 50 %", subject: planSubject(balancedPlan()) },
    {
      name: "exactement 20 %",
      subject: planSubject(
        balancedPlan({
          funders: [DETR, { ...DEPARTEMENT, amountCents: 100_000_00 }],
          autofinancementCents: 40_000_00,
          empruntCents: 0,
        }),
      ),
    },
    {
      name: "mécénat privé hors assiette",
      subject: planSubject(
        balancedPlan({
          funders: [
            DETR,
            { ...DEPARTEMENT, amountCents: 100_000_00 },
            { kind: "prive", amountCents: 10_000_00, status: "accorde" },
          ],
          autofinancementCents: 30_000_00,
          empruntCents: 10_000_00,
        }),
      ),
    },
    { name: "outre-mer exclu de la règle", subject: planSubject({ ...allPublic, commune: { departement: "974" } }) },
    {
      name: "rénovation énergétique scolaire à 10 % avec décision du préfet",
      subject: planSubject(schoolEnergy("arrêté préfectoral du 02/05/2025")),
    },
  ],
  invalid: [
    {
      name: "un centime sous 20 %",
      subject: planSubject(justUnder),
      findings: [{ severity: "error", message: "inférieure au minimum de 20 %" }],
    },
    {
      name: "compétence à chef de file : 30 %",
      subject: planSubject(
        balancedPlan({
          funders: [DETR, { ...DEPARTEMENT, amountCents: 90_000_00 }],
          autofinancementCents: 50_000_00,
          empruntCents: 0,
          derogations: [{ kind: "chef-de-file" }],
        }),
      ),
      findings: [{ message: /minimum de 30 % .*compétence à chef de file, CGCT L1111-9/ }],
    },
    {
      name: "dérogation préfectorale sans décision citée",
      subject: planSubject(schoolEnergy()),
      findings: [{ severity: "info", message: "joignez la décision du préfet" }],
    },
    {
      name: "dérogation de 2024 invoquée pour un plan de 2023",
      subject: planSubject(schoolEnergy("arrêté du 02/05/2023")),
      date: "2023-05-01",
      findings: [
        { severity: "error", message: "minimum de 20 %" },
        { severity: "info", message: "pas en vigueur au 01/05/2023" },
      ],
    },
  ],
});
