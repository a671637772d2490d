import { SEVERITY_LABELS } from "@shared/domain/common/severity";
import type {
  BudgetWorkbook,
  CellMark,
  CellValue,
  CellWrite,
  MarkLevel,
  SheetBlock,
  StopListening,
} from "@shared/ports/budget-workbook";

const MARK_FILL: Readonly<Record<MarkLevel, string>> = { error: "#F4CCCC", warning: "#FFF2CC", info: "#CFE2F3" };
/** Where the addresses of the cells we marked are kept, so the next check can clear exactly those. */
const MARKS_SETTING = "mairie.marks";
/**
 * Rows per block when reading a sheet. A budget of a few thousand lines comes in the first block, with the used
 * range's size, in one sync; a larger sheet is read as several ranges, all queued for a single second sync.
 */
export const BLOCK_ROWS = 20_000;
/** Excel's limits on a data-validation input message. */
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;
const NO_PROMPT: Excel.DataValidationPrompt = { showPrompt: false, title: "", message: "" };

interface MarkedCell {
  readonly sheet: string;
  readonly address: string;
}

function previousMarks(): MarkedCell[] {
  const stored: unknown = Office.context.document.settings.get(MARKS_SETTING);
  return Array.isArray(stored) ? (stored as MarkedCell[]) : [];
}

function saveMarks(marks: readonly MarkedCell[]): Promise<void> {
  Office.context.document.settings.set(
    MARKS_SETTING,
    marks.map(({ sheet, address }) => ({ sheet, address })),
  );
  return new Promise<void>((resolve) => Office.context.document.settings.saveAsync(() => resolve()));
}

const isItemNotFound = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";

/** Excel's English "ItemNotFound" becomes a French sentence naming the sheet. */
function missingSheet(sheet: string) {
  return (error: unknown): never => {
    if (isItemNotFound(error)) throw new Error(`La feuille « ${sheet} » n'existe pas dans le classeur.`);
    throw error;
  };
}

const rowsRange = (first: number) => `${first + 1}:${first + BLOCK_ROWS}`;

/** Codes such as "011" must stay text: assigning them as values would let Excel turn them into the number 11. */
const formatOf = (value: CellValue | undefined) => (typeof value === "string" && value !== "" ? "@" : "General");

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
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
    Excel.run(async (context): Promise<SheetBlock> => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const used = worksheet.getUsedRangeOrNullObject(true);
      used.load("address,rowIndex,rowCount");
      const first = used.getIntersectionOrNullObject(worksheet.getRange(rowsRange(0)));
      first.load("values");
      await context.sync();
      if (used.isNullObject) return { sheet, origin: "A1", values: [] };
      const end = used.rowIndex + used.rowCount;
      const blocks = [first];
      // Queued only: the remaining blocks of a very large sheet travel together in one more sync.
      for (let start = BLOCK_ROWS; start < end; start += BLOCK_ROWS) {
        blocks.push(used.getIntersectionOrNullObject(worksheet.getRange(rowsRange(start))).load("values"));
      }
      if (blocks.length > 1) await context.sync();
      const origin = used.address.split("!").pop()?.split(":")[0] ?? "A1";
      const values = blocks.filter((b) => !b.isNullObject).flatMap((b) => b.values as CellValue[][]);
      return { sheet, origin, values };
    }).catch(missingSheet(sheet)),

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
        const target = sheet.getRange(block.origin).getResizedRange(block.values.length - 1, width - 1);
        target.numberFormat = square.map((row, r) => row.map((value, c) => block.formats?.[r]?.[c] ?? formatOf(value)));
        target.values = square;
      }
      sheet.activate();
      await context.sync();
    }),

  setMarks: async (marks: readonly CellMark[]) => {
    // Data-validation input messages serve as notes: Excel shows the finding when the cell is selected, and
    // unlike comments they can be reset without first loading what is there.
    const withNotes = Office.context.requirements.isSetSupported("ExcelApi", "1.8");
    const apply = (old: readonly MarkedCell[]) =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        for (const cell of old) {
          const range = sheets.getItem(cell.sheet).getRange(cell.address);
          range.format.fill.clear();
          if (withNotes) range.dataValidation.prompt = NO_PROMPT;
        }
        for (const mark of marks) {
          const range = sheets.getItem(mark.sheet).getRange(mark.address);
          range.format.fill.color = MARK_FILL[mark.level];
          if (withNotes) {
            range.dataValidation.prompt = {
              showPrompt: true,
              title: truncate(`Mairie – ${SEVERITY_LABELS[mark.level]}`, PROMPT_TITLE_MAX),
              message: truncate(mark.message, PROMPT_MESSAGE_MAX),
            };
          }
        }
        await context.sync();
      });
    // A sheet marked last time may have been deleted or renamed since: its marks went with it.
    await apply(previousMarks()).catch((error: unknown) => {
      if (!isItemNotFound(error)) throw error;
      return apply([]);
    });
    await saveMarks(marks);
  },

  selectCell: (sheet: string, address: string) =>
    Excel.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(address).select();
      await context.sync();
    }).catch(missingSheet(sheet)),

  writeCells: (cells: readonly CellWrite[]) =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      for (const cell of cells) {
        const range = sheets.getItem(cell.sheet).getRange(cell.address);
        range.numberFormat = [[formatOf(cell.value)]];
        range.values = [[cell.value ?? ""]];
      }
      await context.sync();
    }),

  onSheetChanged: (sheet: string, listener: (address: string) => void) =>
    Excel.run(async (context): Promise<StopListening> => {
      const registration = context.workbook.worksheets.getItem(sheet).onChanged.add(async (event) => {
        listener(event.address);
      });
      await context.sync();
      // The handler outlives this batch: it is removed in the context it was added in.
      return () =>
        Excel.run(registration.context, async (later) => {
          registration.remove();
          await later.sync();
        });
    }).catch(missingSheet(sheet)),
};
