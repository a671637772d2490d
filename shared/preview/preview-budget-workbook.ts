import type {
  BudgetWorkbook,
  CellMark,
  CellValue,
  CellWrite,
  SheetBlock,
  StopListening,
} from "@shared/ports/budget-workbook";
import { parseAddress } from "./a1";
import { Observable } from "./observable";

export interface PreviewWorkbookState {
  readonly sheets: readonly SheetBlock[];
  readonly active: string | null;
  readonly marks: readonly CellMark[];
  readonly selected: { readonly sheet: string; readonly address: string } | null;
}

/** The Excel workbook simulated in the page, for the browser preview and for tests without Office. */
export class PreviewBudgetWorkbook extends Observable<PreviewWorkbookState> implements BudgetWorkbook {
  private readonly changeListeners = new Set<{ sheet: string; listener: (address: string) => void }>();

  constructor(sheets: readonly SheetBlock[] = []) {
    super({ sheets, active: sheets[0]?.sheet ?? null, marks: [], selected: null });
  }

  async listSheets(): Promise<string[]> {
    return this.snapshot().sheets.map((s) => s.sheet);
  }

  async readSheet(sheet: string): Promise<SheetBlock> {
    const found = this.snapshot().sheets.find((s) => s.sheet === sheet);
    if (!found) throw new Error(`La feuille « ${sheet} » n'existe pas dans le classeur.`);
    return found;
  }

  async writeSheet(block: SheetBlock): Promise<void> {
    const others = this.snapshot().sheets.filter((s) => s.sheet !== block.sheet);
    this.publish({ ...this.snapshot(), sheets: [...others, block], active: block.sheet, marks: [] });
  }

  async setMarks(marks: readonly CellMark[]): Promise<void> {
    this.publish({ ...this.snapshot(), marks: [...marks] });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.publish({ ...this.snapshot(), active: sheet, selected: { sheet, address } });
  }

  async writeCells(cells: readonly CellWrite[]): Promise<void> {
    let sheets = this.snapshot().sheets;
    for (const cell of cells) sheets = sheets.map((s) => (s.sheet === cell.sheet ? withCell(s, cell) : s));
    this.publish({ ...this.snapshot(), sheets });
  }

  async onSheetChanged(sheet: string, listener: (address: string) => void): Promise<StopListening> {
    const entry = { sheet, listener };
    this.changeListeners.add(entry);
    return async () => {
      this.changeListeners.delete(entry);
    };
  }

  /** The secretary types in a cell of the simulated sheet: written, then told to the listeners as Excel would. */
  async editCell(sheet: string, address: string, value: CellValue): Promise<void> {
    await this.writeCells([{ sheet, address, value }]);
    for (const entry of [...this.changeListeners]) if (entry.sheet === sheet) entry.listener(address);
  }

  activate(sheet: string): void {
    this.publish({ ...this.snapshot(), active: sheet });
  }
}

/** The block with one cell replaced (the block grows when the cell lies beyond it). */
function withCell(block: SheetBlock, cell: CellWrite): SheetBlock {
  const origin = parseAddress(block.origin);
  const target = parseAddress(cell.address);
  if (!origin || !target) return block;
  const r = target.row - origin.row;
  const c = target.column - origin.column;
  if (r < 0 || c < 0) return block;
  const values = block.values.map((row) => [...row]);
  while (values.length <= r) values.push([]);
  const row = values[r] ?? [];
  while (row.length <= c) row.push(null);
  row[c] = cell.value;
  values[r] = row;
  return { ...block, values };
}
