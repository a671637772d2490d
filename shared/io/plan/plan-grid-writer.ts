import type { Cents } from "@shared/domain/common/money";
import { numberFromCents } from "@shared/domain/common/money";
import type { FinancingPlan } from "@shared/domain/subsidies";
// From the model itself, not the subsidies index: the pane's template must not pull the plan checker in.
import { FUNDER_LABELS } from "@shared/domain/subsidies/plan";
import type { CellValue, SheetBlock } from "../grid";
import { isoToExcelSerial } from "../grid";
import type { HeaderKey } from "./layout";
import {
  DEPENSE_COLUMNS,
  DEPENSES_TITLE,
  FINANCEURS_TITLE,
  FUNDER_COLUMNS,
  HEADER,
  PLAN_SHEET,
  STATUS_LABELS,
} from "./layout";

const EUROS = '#,##0.00 "€"';
const DAY = "dd/mm/yyyy";
const PERCENT = "0.00%";

/** A grid cell and its number format. */
type Written = readonly [CellValue, string | null];
const amount = (cents: Cents | undefined): Written => [cents === undefined ? null : numberFromCents(cents), EUROS];
/** A date goes in as its day serial number, formatted as a day: Excel shows it as the secretary types it. */
const day = (iso: string | undefined): Written => [iso === undefined ? null : isoToExcelSerial(iso), DAY];
const plain = (value: CellValue | undefined): Written => [value ?? null, null];

/** A plan as the "Plan de financement" sheet, in the layout gridToPlan (./plan-grid-reader.ts) reads; rates as fractions formatted in %. */
export function planToGrid(plan: FinancingPlan): SheetBlock {
  const header: Record<HeaderKey, Written> = {
    commune: plain(plan.commune.name),
    population: plain(plan.commune.population),
    departement: plain(plan.commune.departement),
    title: plain(plan.project.title),
    operation: plain(plan.project.operation),
    basis: plain(plan.basis),
    commencement: day(plan.project.commencement),
    date: day(plan.date),
    realise: amount(plan.project.realiseHtCents),
    autofinancement: amount(plan.autofinancementCents),
    emprunt: amount(plan.empruntCents),
    derogations: plain(
      plan.derogations.map((d) => (d.decision ? `${d.kind} (${d.decision})` : d.kind)).join("; ") || null,
    ),
  };
  const titles = (names: readonly string[]) => names.map(plain);
  const rows: (readonly Written[])[] = [
    ...Object.entries(HEADER).map(([key, label]) => [plain(label), header[key as HeaderKey]]),
    [],
    [plain(DEPENSES_TITLE)],
    titles(DEPENSE_COLUMNS),
    ...plan.depenses.map((d) => [
      plain(d.label),
      amount(d.htCents),
      amount(d.ttcCents),
      plain(d.eligible ? "oui" : "non"),
    ]),
    [],
    [plain(FINANCEURS_TITLE)],
    titles(FUNDER_COLUMNS),
    ...plan.funders.map((f) => [
      plain(FUNDER_LABELS[f.kind]),
      plain(f.name),
      amount(f.amountCents),
      [f.rateBp === undefined ? null : f.rateBp / 10_000, PERCENT] as const,
      amount(f.assietteCents),
      plain(f.basis),
      day(f.requestDate),
      day(f.acknowledgementDate),
      day(f.decisionDate),
      plain(STATUS_LABELS[f.status]),
      plain(f.commencementDerogation),
    ]),
  ];
  return {
    sheet: PLAN_SHEET,
    origin: "A1",
    values: rows.map((row) => row.map(([value]) => value)),
    formats: rows.map((row) => row.map(([value, format]) => (value === null ? null : format))),
  };
}

/** The empty plan a new sheet starts from: the header to fill in and the two tables' column titles. */
export function planTemplateGrid(): SheetBlock {
  return planToGrid({
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
