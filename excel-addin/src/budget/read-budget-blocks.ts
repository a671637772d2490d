import type { BudgetDocument } from "@shared/domain/budget";
import { foldKey } from "@shared/domain/common/fold";
import type { SheetBlock } from "@shared/ports/budget-workbook";
import { BudgetReadError } from "@shared/io/budget/errors";
import type { Cell, TableRow } from "@shared/io/budget/table-reader";
import { checkHeader, tableToDocument } from "@shared/io/budget/table-reader";
import { BUDGET_COLUMNS, BUDGET_SHEET, DOCUMENT_KEYS, DOCUMENT_SHEET } from "@shared/io/budget/workbook-layout";
import { blockAddresser, blockOrigin, cellLabel, excelSerialToIso, plainCell } from "./sheet-values";

/** Document keys whose cell Excel may hold as a date serial number. */
const DATE_KEYS: ReadonlySet<string> = new Set([DOCUMENT_KEYS.dateVote]);

function documentEntries(block: SheetBlock): { entries: Map<string, Cell>; cells: Map<string, string> } {
  const at = blockAddresser(block);
  const entries = new Map<string, Cell>();
  const cells = new Map<string, string>();
  block.values.forEach((row, r) => {
    const key = plainCell(row[0]);
    if (key === undefined) return;
    const name = String(key).trim();
    const value = plainCell(row[1]);
    entries.set(name, typeof value === "number" && DATE_KEYS.has(name) ? excelSerialToIso(value) : value);
    cells.set(foldKey(name), at(r, 1));
  });
  return { entries, cells };
}

function budgetRows(block: SheetBlock): TableRow[] {
  const at = blockAddresser(block);
  const firstRow = blockOrigin(block).row + 1;
  const [header = [], ...lines] = block.values;
  checkHeader(
    BUDGET_COLUMNS.map((_, i) => plainCell(header[i])),
    (i) => cellLabel(BUDGET_SHEET, at(0, i)),
  );
  return lines.map((row, index) => {
    const r = index + 1;
    return {
      cells: BUDGET_COLUMNS.map((_, i) => plainCell(row[i])),
      source: { sheet: BUDGET_SHEET, cell: at(r, 0), line: firstRow + r },
      where: (column) => cellLabel(BUDGET_SHEET, at(r, BUDGET_COLUMNS.indexOf(column))),
    };
  });
}

/**
 * The budget open in the workbook, from its "Document" and "Budget" sheets as the port reads them. A cell that
 * cannot be read throws a BudgetReadError whose French message names the sheet and the cell.
 */
export function blocksToDocument(documentBlock: SheetBlock, budgetBlock: SheetBlock): BudgetDocument {
  if (budgetBlock.values.length === 0)
    throw new BudgetReadError(
      `La feuille « ${BUDGET_SHEET} » est vide : créez le budget depuis l'onglet « Créer un budget ».`,
    );
  const { entries, cells } = documentEntries(documentBlock);
  const rows = budgetRows(budgetBlock);
  return tableToDocument(entries, rows, (key) => {
    const cell = cells.get(foldKey(key));
    return cell ? cellLabel(DOCUMENT_SHEET, cell) : `Feuille « ${DOCUMENT_SHEET} », clé « ${key} » absente`;
  });
}
