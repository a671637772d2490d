import ExcelJS from "exceljs";
import type { BudgetDocument } from "@shared/domain/budget/model";
import type { Cents } from "@shared/domain/common/money";
import { loadDocumentBudgetaire } from "./docbudg-reader";
import { BUDGET_COLUMNS, BUDGET_SHEET, DOCUMENT_SHEET, documentRows, TYPE_FR } from "./workbook-layout";

const euros = (cents: Cents | undefined) => (cents === undefined ? null : cents / 100);

/** Writes a budget document as the suite's workbook (layout in workbook-layout.ts). */
export async function writeBudgetWorkbook(document: BudgetDocument): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const budget = workbook.addWorksheet(BUDGET_SHEET);
  budget.addRow([...BUDGET_COLUMNS]).font = { bold: true };
  for (const line of document.lines) {
    const type = line.mouvement === "reel" ? TYPE_FR.reel : TYPE_FR[line.typeOrdre ?? "ordre"];
    budget.addRow([
      line.section,
      line.sens,
      line.chapitre,
      line.nature,
      line.fonction ?? null,
      line.operation ?? null,
      line.libelle ?? null,
      type,
      euros(line.amounts.credits),
      euros(line.amounts.rar),
      euros(line.amounts.realise),
    ]);
  }
  for (const column of [9, 10, 11]) budget.getColumn(column).numFmt = "#,##0.00";
  // Codes stay text so that "011" keeps its leading zero.
  for (const column of [3, 4, 5, 6]) budget.getColumn(column).numFmt = "@";
  const doc = workbook.addWorksheet(DOCUMENT_SHEET);
  for (const row of documentRows(document)) doc.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Converts a DocumentBudgetaire flow to the suite's workbook, so that a secretary can work on it in Excel. */
export async function docBudgToWorkbook(bytes: Uint8Array, file: string): Promise<Uint8Array> {
  return writeBudgetWorkbook(await loadDocumentBudgetaire(bytes, file));
}
