import type { BudgetDocument } from "@shared/domain/budget";
import { loadPlan } from "@shared/domain/budget/nomenclature";
import type { Finding } from "@shared/domain/rules";
import type { BudgetWorkbook, CellMark, SheetBlock } from "@shared/ports/budget-workbook";
import { BUDGET_SHEET, DOCUMENT_SHEET } from "@shared/io/budget/workbook-layout";
import { gridsToDocument, SHEET_PLACES } from "@shared/io/budget/workbook-grid";
import type { SectionBalance } from "./balance";
import { sectionBalances } from "./balance";
import type { CellRef } from "./locate-findings";
import { findingCells, findingsToMarks } from "./locate-findings";

export interface WorkbookBudget {
  readonly document: BudgetDocument;
  readonly budget: SheetBlock;
}

/**
 * Reads the two budget sheets, one read each, and maps them to a document (BudgetReadError on a bad cell); the
 * account plan it is checked against is loaded with it.
 */
export async function readWorkbookBudget(workbook: BudgetWorkbook): Promise<WorkbookBudget> {
  const [documentBlock, budget] = await Promise.all([
    workbook.readSheet(DOCUMENT_SHEET),
    workbook.readSheet(BUDGET_SHEET),
  ]);
  const document = gridsToDocument(documentBlock, budget, SHEET_PLACES);
  await loadPlan(document.nomenclature, document.exercice);
  return { document, budget };
}

export interface BudgetCheck extends WorkbookBudget {
  readonly findings: readonly Finding[];
  readonly balances: readonly SectionBalance[];
  readonly cellsOf: (finding: Finding) => CellRef[];
  /** The findings as marks on the sheet, to replace the previous check's. */
  readonly marks: readonly CellMark[];
}

/** "Vérifier le budget": every BUD-* rule on the workbook's budget, as of today. */
export async function checkWorkbookBudget(workbook: BudgetWorkbook, today: string): Promise<BudgetCheck> {
  // The rules come with the first check, not with the pane: the first view shows sooner.
  const [read, { checkBudget }] = await Promise.all([
    readWorkbookBudget(workbook),
    import("@shared/domain/budget/check-budget"),
  ]);
  const findings = checkBudget(read.document, { today });
  const cellsOf = (finding: Finding) => findingCells(finding, read.document.lines, read.budget);
  return {
    ...read,
    findings,
    balances: sectionBalances(read.document),
    cellsOf,
    marks: findingsToMarks(findings, cellsOf),
  };
}
