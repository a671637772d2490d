import ExcelJS from "exceljs";
import type { OddCellPolicy } from "../xlsx-grid";
import { worksheetGrid } from "../xlsx-grid";
import { PlanReadError } from "./errors";
import { PLAN_SHEET } from "./layout";
import { gridToPlan, INVALID_DATE, PLAN_WIDTH } from "./plan-grid-reader";
import type { PlanSource } from "./plan-source";

/**
 * The plan's cells read as the secretary sees them: an error value as its text (« #DIV/0! », which no reader of
 * an amount or a date accepts), a formula never computed as empty.
 */
const asShown: OddCellPolicy = (odd) =>
  odd.kind === "error" ? odd.error : odd.kind === "invalid-date" ? INVALID_DATE : null;

/** Reads the "Plan de financement" sheet of an .xlsx workbook. */
export async function readPlanWorkbook(data: ArrayBuffer): Promise<PlanSource> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    // exceljs's own message is English and speaks of its internals: the user needs to know the file is no workbook.
    throw new PlanReadError("Le classeur n'a pas pu être lu : fichier .xlsx attendu, ou classeur endommagé.");
  }
  const sheet = workbook.getWorksheet(PLAN_SHEET);
  if (!sheet) throw new PlanReadError(`Le classeur n'a pas de feuille « ${PLAN_SHEET} ».`);
  return gridToPlan(worksheetGrid(sheet, PLAN_WIDTH, asShown));
}
