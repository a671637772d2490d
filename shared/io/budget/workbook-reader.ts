import ExcelJS from "exceljs";
import type { BudgetDocument } from "@shared/domain/budget/model";
import { BudgetReadError } from "./errors";
import type { Cell, TableRow } from "./table-reader";
import { checkHeader, tableToDocument } from "./table-reader";
import { BUDGET_COLUMNS, BUDGET_SHEET, DOCUMENT_SHEET } from "./workbook-layout";

function plainValue(value: ExcelJS.CellValue, where: string): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (value instanceof Date) {
    // exceljs turns a huge number in a date-formatted cell into an Invalid Date.
    if (Number.isNaN(value.getTime())) throw new BudgetReadError(`${where} : date hors calendrier dans la cellule.`);
    return value.toISOString().slice(0, 10);
  }
  if ("formula" in value || "sharedFormula" in value)
    throw new BudgetReadError(`${where} : contenu de cellule non pris en charge.`);
  if ("error" in value) throw new BudgetReadError(`${where} : valeur d'erreur ${value.error} dans la cellule.`);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return value.text;
  throw new BudgetReadError(`${where} : contenu de cellule non pris en charge.`);
}

/**
 * A cell's value as text or number. A formula gives the value Excel cached when it saved the file, which is what
 * the secretary saw; only a formula never computed (a file written by another tool) is refused, cell by cell.
 */
function cellValue(cell: ExcelJS.Cell, where: string): Cell {
  const value = cell.value;
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    const result = value.result;
    if (result === undefined)
      throw new BudgetReadError(
        `${where} : formule sans valeur calculée ; ouvrez le classeur dans Excel et enregistrez-le, ou collez les valeurs.`,
      );
    return plainValue(result, where);
  }
  return plainValue(value, where);
}

/** Reads the suite's budget workbook (layout in workbook-layout.ts). */
export async function readBudgetWorkbook(bytes: Uint8Array, file: string): Promise<BudgetDocument> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer); // exceljs types ask for its own Buffer type; it reads any byte array
  } catch {
    throw new BudgetReadError(`${file} : classeur Excel illisible (fichier .xlsx attendu).`);
  }
  const budget = workbook.getWorksheet(BUDGET_SHEET);
  const docSheet = workbook.getWorksheet(DOCUMENT_SHEET);
  if (!budget || !docSheet)
    throw new BudgetReadError(`${file} : feuilles « ${BUDGET_SHEET} » et « ${DOCUMENT_SHEET} » attendues.`);
  const at = (sheet: string, address: string) => `${file}, feuille ${sheet}, cellule ${address}`;
  const entries = new Map<string, Cell>();
  const keyCells = new Map<string, string>();
  docSheet.eachRow((row) => {
    const key = cellValue(row.getCell(1), at(DOCUMENT_SHEET, row.getCell(1).address));
    if (key === undefined) return;
    entries.set(String(key).trim(), cellValue(row.getCell(2), at(DOCUMENT_SHEET, row.getCell(2).address)));
    keyCells.set(String(key).trim(), row.getCell(2).address);
  });
  const header = budget.getRow(1);
  checkHeader(
    BUDGET_COLUMNS.map((_, i) => cellValue(header.getCell(i + 1), at(BUDGET_SHEET, header.getCell(i + 1).address))),
    (i) => at(BUDGET_SHEET, header.getCell(i + 1).address),
  );
  const rows: TableRow[] = [];
  // Only the rows holding values: a lone cell in row 1 048 576 must not cost a million empty rows.
  budget.eachRow((row, r) => {
    if (r < 2) return;
    const address = (i: number) => row.getCell(i + 1).address;
    rows.push({
      cells: BUDGET_COLUMNS.map((_, i) => cellValue(row.getCell(i + 1), at(BUDGET_SHEET, address(i)))),
      source: { sheet: BUDGET_SHEET, cell: `A${r}` },
      where: (column) => at(BUDGET_SHEET, address(BUDGET_COLUMNS.indexOf(column))),
    });
  });
  return tableToDocument(entries, rows, (key) =>
    keyCells.has(key)
      ? at(DOCUMENT_SHEET, keyCells.get(key) as string)
      : `${file}, feuille ${DOCUMENT_SHEET}, clé « ${key} »`,
  );
}
