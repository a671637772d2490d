import ExcelJS from "exceljs";
import type { BudgetDocument } from "@shared/domain/budget/model";
import type { PlanDeComptes } from "@shared/domain/budget/nomenclature";
import { findPlan } from "@shared/domain/budget/nomenclature";
import { addGridSheet } from "../xlsx-grid";
import { loadDocumentBudgetaire } from "./docbudg-reader";
import { documentToGrids } from "./workbook-grid";
import { BUDGET_COLUMNS } from "./workbook-layout";

const AMOUNT_COLUMNS = ["Crédits votés", "RAR", "Réalisé"] as const;
// Codes stay text so that "011" keeps its leading zero, in the rows written and in those the secretary adds.
const CODE_COLUMNS = ["Chapitre", "Nature", "Fonction", "Opération"] as const;
const columnOf = (name: (typeof BUDGET_COLUMNS)[number]) => BUDGET_COLUMNS.indexOf(name) + 1;

/**
 * Writes a budget document as the suite's workbook (layout in workbook-layout.ts); lines without a label get
 * the plan's when it is given.
 */
export async function writeBudgetWorkbook(document: BudgetDocument, plan?: PlanDeComptes): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const [documentGrid, budgetGrid] = documentToGrids(document, plan);
  const budget = addGridSheet(workbook, budgetGrid);
  budget.getRow(1).font = { bold: true };
  for (const column of AMOUNT_COLUMNS) budget.getColumn(columnOf(column)).numFmt = "#,##0.00";
  for (const column of CODE_COLUMNS) budget.getColumn(columnOf(column)).numFmt = "@";
  addGridSheet(workbook, documentGrid);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Converts a DocumentBudgetaire flow to the suite's workbook, so that a secretary can work on it in Excel. */
export async function docBudgToWorkbook(bytes: Uint8Array, file: string): Promise<Uint8Array> {
  const document = await loadDocumentBudgetaire(bytes, file);
  return writeBudgetWorkbook(document, findPlan(document.nomenclature, document.exercice)?.plan);
}
