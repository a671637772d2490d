/** A cell value as the host gives it: text, number, boolean, or empty. */
export type CellValue = string | number | boolean | null;

/** A rectangular block of a sheet, with the address of its top-left cell. */
export interface SheetBlock {
  readonly sheet: string;
  /** A1 address of values[0][0]. */
  readonly origin: string;
  readonly values: readonly (readonly CellValue[])[];
  /**
   * Excel number formats of the cells to write, row by row like values ("dd/mm/yyyy", "0.00%"); a missing or null
   * one leaves the cell to the host's default. Only writing uses it: a date goes in as its day serial number.
   */
  readonly formats?: readonly (readonly (string | null)[])[];
}

export type MarkLevel = "error" | "warning" | "info";

/** A finding shown on the sheet: the cell is coloured and carries the message as a note. */
export interface CellMark {
  readonly sheet: string;
  readonly address: string;
  readonly level: MarkLevel;
  readonly message: string;
}

/** One cell to write, as the pane keeps paired amounts equal while the secretary types. */
export interface CellWrite {
  readonly sheet: string;
  readonly address: string;
  readonly value: CellValue;
}

/** Stops listening to a sheet's changes. */
export type StopListening = () => Promise<void>;

/**
 * The budget workbook open in the host. Implemented by Excel (Office.js) and by the in-page preview.
 * Each method does a constant number of round trips, whatever the number of lines.
 */
export interface BudgetWorkbook {
  listSheets(): Promise<string[]>;
  readSheet(sheet: string): Promise<SheetBlock>;
  /** Creates or replaces a sheet with these values (a budget from a template or an imported file). */
  writeSheet(block: SheetBlock): Promise<void>;
  /** Replaces every previous mark by these ones, in one batch. */
  setMarks(marks: readonly CellMark[]): Promise<void>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes these cells, leaving the rest of their sheets as they are, in one batch. */
  writeCells(cells: readonly CellWrite[]): Promise<void>;
  /**
   * Calls `listener` with the A1 address of each range the secretary changes on `sheet` (the pane's own writes
   * included: a listener must be idempotent). Resolves once listening.
   */
  onSheetChanged(sheet: string, listener: (address: string) => void): Promise<StopListening>;
}
