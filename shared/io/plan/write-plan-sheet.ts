import ExcelJS from "exceljs";
import type { Cents } from "@shared/domain/common/money";
import type { FinancingPlan } from "@shared/domain/subsidies";
import { FUNDER_LABELS } from "@shared/domain/subsidies";
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
const euros = (cents: Cents | undefined) => (cents === undefined ? null : cents / 100);
/** Excel dates are calendar days: midnight UTC keeps the day whatever the reader's time zone. */
const date = (iso: string | undefined) => (iso === undefined ? null : new Date(`${iso}T00:00:00Z`));

/** Writes a plan in the layout readPlanWorkbook reads: the template of the workbook's plan sheet. */
export async function writePlanWorkbook(plan: FinancingPlan): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(PLAN_SHEET);
  const header: Record<keyof typeof HEADER, ExcelJS.CellValue> = {
    commune: plan.commune.name ?? null,
    population: plan.commune.population ?? null,
    departement: plan.commune.departement ?? null,
    title: plan.project.title,
    operation: plan.project.operation ?? null,
    basis: plan.basis,
    commencement: date(plan.project.commencement),
    date: date(plan.date),
    realise: euros(plan.project.realiseHtCents),
    autofinancement: euros(plan.autofinancementCents),
    emprunt: euros(plan.empruntCents),
    derogations: plan.derogations.map((d) => (d.decision ? `${d.kind} (${d.decision})` : d.kind)).join("; ") || null,
  };
  /** Formats go on cells, not columns: column B holds texts, amounts and dates alike in the header block. */
  const addRow = (values: ExcelJS.CellValue[], formats: Readonly<Record<number, string>> = {}) => {
    const row = sheet.addRow(values);
    for (const [column, format] of Object.entries(formats)) row.getCell(Number(column)).numFmt = format;
  };
  for (const [key, label] of Object.entries(HEADER)) {
    const value = header[key as keyof typeof HEADER];
    addRow([label, value], {
      2: value instanceof Date ? DAY : typeof value === "number" && key !== "population" ? EUROS : "General",
    });
  }
  sheet.addRow([]);
  sheet.addRow([DEPENSES_TITLE]);
  sheet.addRow([...DEPENSE_COLUMNS]);
  for (const d of plan.depenses)
    addRow([d.label, euros(d.htCents), euros(d.ttcCents), d.eligible ? "oui" : "non"], { 2: EUROS, 3: EUROS });
  sheet.addRow([]);
  sheet.addRow([FINANCEURS_TITLE]);
  sheet.addRow([...FUNDER_COLUMNS]);
  for (const f of plan.funders) {
    const values = [
      FUNDER_LABELS[f.kind],
      f.name ?? null,
      euros(f.amountCents),
      f.rateBp === undefined ? null : f.rateBp / 10_000,
      euros(f.assietteCents),
      f.basis ?? null,
      date(f.requestDate),
      date(f.acknowledgementDate),
      date(f.decisionDate),
      STATUS_LABELS[f.status],
      f.commencementDerogation ?? null,
    ];
    addRow(values, { 3: EUROS, 4: PERCENT, 5: EUROS, 7: DAY, 8: DAY, 9: DAY });
  }
  sheet.getColumn(1).width = 28;
  return workbook.xlsx.writeBuffer();
}
