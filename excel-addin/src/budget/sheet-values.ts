import type { CellValue, SheetBlock } from "@shared/ports/budget-workbook";
import { address, parseAddress } from "@shared/preview/a1";

/** Excel counts days from 30/12/1899 (its 1900 leap-year bug included), in whole days for a date-only cell. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function excelSerialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.round(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** A cell as the readers of shared/io want it: text or number, undefined when empty. */
export function plainCell(value: CellValue | undefined): string | number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (typeof value === "string" && value.trim() === "") return undefined;
  return value;
}

/** Zero-based sheet row and column of a block's first cell: the block may start anywhere, not only at A1. */
export function blockOrigin(block: SheetBlock): { row: number; column: number } {
  return parseAddress(block.origin) ?? { row: 0, column: 0 };
}

/** Sheet address of the cell at (row, column) of a block. */
export function blockAddresser(block: SheetBlock): (row: number, column: number) => string {
  const origin = blockOrigin(block);
  return (row, column) => address(origin.row + row, origin.column + column);
}

/** Where a message points: « feuille « Budget », cellule I5 ». */
export function cellLabel(sheet: string, a1: string): string {
  return `Feuille « ${sheet} », cellule ${a1}`;
}
