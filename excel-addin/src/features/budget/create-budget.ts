import type { BudgetWorkbook, SheetBlock } from "@shared/ports/budget-workbook";
import { checkSize } from "@shared/io/budget/limits";
import { BudgetReadError } from "@shared/io/budget/errors";
import { documentToGrids } from "@shared/io/budget/workbook-grid";
import { findPlan } from "@shared/domain/budget/nomenclature";

/** The sheets of `blocks` that already exist in the workbook: writing would replace them. */
export async function sheetsToReplace(workbook: BudgetWorkbook, blocks: readonly SheetBlock[]): Promise<string[]> {
  const existing = new Set(await workbook.listSheets());
  return blocks.map((b) => b.sheet).filter((sheet) => existing.has(sheet));
}

/** Writes the sheets one after the other; the last one written is left active. */
export async function writeBlocks(workbook: BudgetWorkbook, blocks: readonly SheetBlock[]): Promise<void> {
  for (const block of blocks) await workbook.writeSheet(block);
}

/**
 * A DocumentBudgetaire file chosen by the secretary, as the workbook's two sheets, lines without a label named
 * after the plan de comptes. The XML reader is loaded only when a file is imported: the task pane opens without it.
 */
export async function blocksFromDocumentBudgetaire(file: {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}): Promise<SheetBlock[]> {
  if (!/\.xml$/i.test(file.name))
    throw new BudgetReadError(`${file.name} : un fichier DocumentBudgetaire (.xml) est attendu.`);
  // The same bound as the command's, checked before the file is read into the pane's memory.
  checkSize(file.name, "xml", file.size);
  const { loadDocumentBudgetaire } = await import("@shared/io/budget/docbudg-reader");
  const document = await loadDocumentBudgetaire(new Uint8Array(await file.arrayBuffer()), file.name);
  return documentToGrids(document, findPlan(document.nomenclature, document.exercice)?.plan);
}
