import type { Cents } from "@shared/domain/budget";
import type { FinancingPlan } from "@shared/domain/subsidies";
// From the model itself, not the subsidies index: the template must not pull the plan checker into the bundle.
import { FUNDER_LABELS } from "@shared/domain/subsidies/plan";
import type { CellValue, SheetBlock } from "@shared/ports/budget-workbook";
import {
  DEPENSE_COLUMNS,
  DEPENSES_TITLE,
  FINANCEURS_TITLE,
  FUNDER_COLUMNS,
  HEADER,
  PLAN_SHEET,
  STATUS_LABELS,
} from "@shared/io/plan/layout";

const euros = (cents: Cents | undefined): CellValue => (cents === undefined ? null : cents / 100);
/** Dates go in as JJ/MM/AAAA text: the readers accept it, and the secretary reads it as typed. */
const day = (iso: string | undefined): CellValue => (iso === undefined ? null : iso.split("-").reverse().join("/"));

/** A plan as the "Plan de financement" sheet, in the layout of shared/io/plan/layout.ts (rates in %). */
export function planToBlock(plan: FinancingPlan): SheetBlock {
  const header: Record<keyof typeof HEADER, CellValue> = {
    commune: plan.commune.name ?? null,
    population: plan.commune.population ?? null,
    departement: plan.commune.departement ?? null,
    title: plan.project.title,
    operation: plan.project.operation ?? null,
    basis: plan.basis,
    commencement: day(plan.project.commencement),
    date: day(plan.date),
    realise: euros(plan.project.realiseHtCents),
    autofinancement: euros(plan.autofinancementCents),
    emprunt: euros(plan.empruntCents),
    derogations: plan.derogations.map((d) => (d.decision ? `${d.kind} (${d.decision})` : d.kind)).join("; ") || null,
  };
  const funders = plan.funders.map((f): CellValue[] => [
    FUNDER_LABELS[f.kind],
    f.name ?? null,
    euros(f.amountCents),
    f.rateBp === undefined ? null : f.rateBp / 100,
    euros(f.assietteCents),
    f.basis ?? null,
    day(f.requestDate),
    day(f.acknowledgementDate),
    day(f.decisionDate),
    STATUS_LABELS[f.status],
    f.commencementDerogation ?? null,
  ]);
  return {
    sheet: PLAN_SHEET,
    origin: "A1",
    values: [
      ...Object.entries(HEADER).map(([key, label]): CellValue[] => [label, header[key as keyof typeof HEADER]]),
      [],
      [DEPENSES_TITLE],
      [...DEPENSE_COLUMNS],
      ...plan.depenses.map((d): CellValue[] => [
        d.label,
        euros(d.htCents),
        euros(d.ttcCents),
        d.eligible ? "oui" : "non",
      ]),
      [],
      [FINANCEURS_TITLE],
      [...FUNDER_COLUMNS],
      ...funders,
    ],
  };
}

/** The empty plan a new sheet starts from: the header to fill in and the two tables' column titles. */
export function planTemplateBlock(): SheetBlock {
  return planToBlock({
    commune: {},
    project: { title: "Projet à décrire" },
    basis: "HT",
    depenses: [],
    funders: [],
    autofinancementCents: 0,
    empruntCents: 0,
    derogations: [],
  });
}
