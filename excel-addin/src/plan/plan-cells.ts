import type { Cell } from "exceljs";
import type { CellValue, SheetBlock } from "@shared/ports/budget-workbook";
import { blockAddresser, excelSerialToIso } from "../budget/sheet-values";

/**
 * A cell of the plan sheet as the shared plan readers (shared/io/plan/cells.ts) take it. Those readers only
 * look at a cell's value and address, so a two-field object stands in for an ExcelJS cell and the browser
 * never loads ExcelJS.
 */
export function planCell(value: CellValue | Date | undefined, address: string): Cell {
  return { value: value ?? null, address } as unknown as Cell; // see above: only value and address are read
}

/** The block as a grid of cells; a cell read as a date turns Excel's day serial number into a Date. */
export function blockGrid(block: SheetBlock): (row: number, column: number, isDate?: boolean) => Cell {
  const at = blockAddresser(block);
  return (row, column, isDate = false) => {
    const value = block.values[row]?.[column] ?? null;
    const asDate = isDate && typeof value === "number" ? new Date(`${excelSerialToIso(value)}T00:00:00Z`) : value;
    return planCell(asDate, at(row, column));
  };
}
