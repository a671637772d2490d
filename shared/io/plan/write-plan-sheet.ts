import ExcelJS from "exceljs";
import type { FinancingPlan } from "@shared/domain/subsidies";
import { addGridSheet } from "../xlsx-grid";
import { planToGrid } from "./plan-grid-writer";

/** Writes a plan in the layout readPlanWorkbook reads: the template of the workbook's plan sheet. */
export async function writePlanWorkbook(plan: FinancingPlan): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  addGridSheet(workbook, planToGrid(plan)).getColumn(1).width = 28;
  return workbook.xlsx.writeBuffer();
}
