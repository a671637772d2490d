import type { BudgetWorkbook, CellMark, SheetBlock } from "../../../shared/ports/budget-workbook";

const MARK_FILL = { error: "#F4CCCC", warning: "#FFF2CC", info: "#CFE2F3" } as const;
/** Where the addresses of the cells we coloured are kept, so the next check can clear exactly those. */
const MARKS_SETTING = "mairie.marks";

function previousMarks(): { sheet: string; address: string }[] {
  const stored: unknown = Office.context.document.settings.get(MARKS_SETTING);
  return Array.isArray(stored) ? (stored as { sheet: string; address: string }[]) : [];
}

/**
 * The budget workbook open in Excel. Each action loads what it needs in one request and writes in one batch:
 * a constant number of context.sync() calls, whatever the number of budget lines.
 */
export const excelBudgetWorkbook: BudgetWorkbook = {
  listSheets: () =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    }),

  readSheet: (sheet: string) =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
      range.load("values,address");
      await context.sync();
      if (range.isNullObject) return { sheet, origin: "A1", values: [] };
      const origin = range.address.split("!").pop()?.split(":")[0] ?? "A1";
      return { sheet, origin, values: range.values as SheetBlock["values"] };
    }),

  writeSheet: (block: SheetBlock) =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(block.sheet);
      await context.sync();
      const sheet = existing.isNullObject ? sheets.add(block.sheet) : existing;
      sheet.getRange().clear();
      const width = Math.max(0, ...block.values.map((row) => row.length));
      if (block.values.length > 0 && width > 0) {
        const square = block.values.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
        sheet.getRange(block.origin).getResizedRange(block.values.length - 1, width - 1).values = square;
      }
      sheet.activate();
      await context.sync();
    }),

  setMarks: (marks: readonly CellMark[]) =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      for (const old of previousMarks()) sheets.getItem(old.sheet).getRange(old.address).format.fill.clear();
      for (const mark of marks) sheets.getItem(mark.sheet).getRange(mark.address).format.fill.color = MARK_FILL[mark.level];
      await context.sync();
      Office.context.document.settings.set(MARKS_SETTING, marks.map(({ sheet, address }) => ({ sheet, address })));
      await new Promise<void>((resolve) => Office.context.document.settings.saveAsync(() => resolve()));
    }),

  selectCell: (sheet: string, address: string) =>
    Excel.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(address).select();
      await context.sync();
    }),
};
