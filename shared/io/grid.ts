import type { SheetBlock } from "@shared/ports/budget-workbook";
import { address, parseAddress } from "@shared/preview/a1";

/**
 * A sheet as the workbook codecs of shared/io read and write it: a grid of plain values (text, number, boolean,
 * empty) from an origin cell, as Office.js hands it over; the ExcelJS side converts to and from it
 * (./xlsx-grid.ts). Dates are Excel day serial numbers, as Office.js gives them.
 */
export type { CellValue, SheetBlock } from "@shared/ports/budget-workbook";

/** Excel counts days from 30/12/1899 (its 1900 leap-year bug included), in whole days for a date-only cell. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The ISO day of an Excel serial number; undefined past any calendar (a huge number in a date cell). */
export function excelSerialToIso(serial: number): string | undefined {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial) * DAY_MS);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

export function isoToExcelSerial(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - EXCEL_EPOCH_MS) / DAY_MS;
}

/** Zero-based sheet row and column of a block's first cell: the block may start anywhere, not only at A1. */
export function gridOrigin(block: SheetBlock): { row: number; column: number } {
  return parseAddress(block.origin) ?? { row: 0, column: 0 };
}

/** Sheet address of the cell at (row, column) of a block. */
export function gridAddresser(block: SheetBlock): (row: number, column: number) => string {
  const origin = gridOrigin(block);
  return (row, column) => address(origin.row + row, origin.column + column);
}
