import type { PreviewWorkbookState } from "@shared/preview/preview-budget-workbook";
import { address, columnName } from "@shared/preview/a1";
import type { CellValue, MarkLevel } from "@shared/ports/budget-workbook";
import { excelSerialToIso } from "@shared/io/grid";

/** What Excel shows of a cell under the formats the suite writes: a day serial as JJ/MM/AAAA, a fraction in %. */
export function cellText(value: CellValue | undefined, format: string | null | undefined): string {
  if (typeof value === "number" && format === "dd/mm/yyyy")
    return excelSerialToIso(value)?.split("-").reverse().join("/") ?? String(value);
  if (typeof value === "number" && format?.endsWith("%") === true)
    return `${(value * 100).toLocaleString("fr-FR", { maximumFractionDigits: 2 })} %`;
  return String(value ?? "");
}

export interface GridCell {
  readonly address: string;
  readonly text: string;
  /** The level of the finding marked on the cell, which colours it. */
  readonly level: MarkLevel | undefined;
  /** The finding's message, the cell's tooltip. */
  readonly message: string | undefined;
  readonly selected: boolean;
}

export interface SheetGrid {
  /** Column letters, as wide as the sheet's longest row, so that every row has a cell under each. */
  readonly columns: readonly string[];
  readonly rows: readonly (readonly GridCell[])[];
}

export interface SheetView {
  readonly tabs: readonly string[];
  /** The shown sheet's tab; empty when the workbook has no sheet. */
  readonly selectedTab: string;
  /** Undefined when the workbook has no sheet. */
  readonly grid: SheetGrid | undefined;
}

/** The active sheet as a grid of shown cells, the first sheet when the active one is gone. */
export function sheetView({ sheets, active, marks, selected }: PreviewWorkbookState): SheetView {
  const sheet = sheets.find((s) => s.sheet === active) ?? sheets[0];
  const tabs = sheets.map((s) => s.sheet);
  if (!sheet) return { tabs, selectedTab: "", grid: undefined };
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  const markAt = new Map(marks.filter((m) => m.sheet === sheet.sheet).map((m) => [m.address, m]));
  const chosen = selected?.sheet === sheet.sheet ? selected.address : undefined;
  const columns = Array.from({ length: width }, (_, c) => columnName(c));
  const rows = sheet.values.map((row, r) =>
    columns.map((_, c) => {
      const a1 = address(r, c);
      const mark = markAt.get(a1);
      return {
        address: a1,
        text: cellText(row[c], sheet.formats?.[r]?.[c]),
        level: mark?.level,
        message: mark?.message,
        selected: a1 === chosen,
      };
    }),
  );
  return { tabs, selectedTab: sheet.sheet, grid: { columns, rows } };
}
