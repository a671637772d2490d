import type ExcelJS from "exceljs";
import type { CellValue, SheetBlock } from "./grid";

/** A cell ExcelJS holds that no plain grid value stands for: each reader says what it makes of it. */
export type OddCell =
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "uncomputed" }
  | { readonly kind: "invalid-date" }
  | { readonly kind: "unsupported" };

export type OddCellPolicy = (odd: OddCell, address: string) => CellValue;

const EMPTY_ROW: readonly CellValue[] = [];

function plain(value: ExcelJS.CellValue, address: string, odd: OddCellPolicy, inFormula: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date)
    // exceljs turns a huge number in a date-formatted cell into an Invalid Date, which toISOString refuses.
    return Number.isNaN(value.getTime()) ? odd({ kind: "invalid-date" }, address) : value.toISOString().slice(0, 10);
  if ("error" in value) return odd({ kind: "error", error: value.error }, address);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return plain(value.text, address, odd, inFormula);
  if (!inFormula && ("formula" in value || "sharedFormula" in value)) {
    // A formula gives the value Excel cached when it saved the file, which is what the secretary saw.
    const result = value.result;
    return result === undefined ? odd({ kind: "uncomputed" }, address) : plain(result, address, odd, true);
  }
  return odd({ kind: "unsupported" }, address);
}

/**
 * The first `width` columns of a worksheet as a grid from A1, row by row: dates become ISO days (what a reader
 * makes of an Excel date serial), rich texts and links their text, formulas their cached result. Rows holding no
 * value are not visited: a lone cell in row 1 048 576 costs one shared empty row a row, not a million cells.
 */
export function worksheetGrid(sheet: ExcelJS.Worksheet, width: number, odd: OddCellPolicy): SheetBlock {
  const rows: (readonly CellValue[])[] = [];
  sheet.eachRow((row, r) => {
    rows[r - 1] = Array.from({ length: width }, (_, c) => {
      const cell = row.getCell(c + 1);
      return plain(cell.value, cell.address, odd, false);
    });
  });
  return {
    sheet: sheet.name,
    origin: "A1",
    values: Array.from({ length: rows.length }, (_, r) => rows[r] ?? EMPTY_ROW),
  };
}

/** Adds a sheet holding the grid (from A1), each cell with its number format. */
export function addGridSheet(workbook: ExcelJS.Workbook, grid: SheetBlock): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(grid.sheet);
  grid.values.forEach((values, r) => {
    const row = sheet.addRow([...values]);
    grid.formats?.[r]?.forEach((format, c) => {
      if (format !== null) row.getCell(c + 1).numFmt = format;
    });
  });
  return sheet;
}
