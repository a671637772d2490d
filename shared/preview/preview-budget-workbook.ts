import type { BudgetWorkbook, CellMark, SheetBlock } from "@shared/ports/budget-workbook";
import { Observable } from "./observable";

export interface PreviewWorkbookState {
  readonly sheets: readonly SheetBlock[];
  readonly active: string | null;
  readonly marks: readonly CellMark[];
  readonly selected: { readonly sheet: string; readonly address: string } | null;
}

/** The Excel workbook simulated in the page, for the browser preview and for tests without Office. */
export class PreviewBudgetWorkbook extends Observable<PreviewWorkbookState> implements BudgetWorkbook {
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

  activate(sheet: string): void {
    this.publish({ ...this.snapshot(), active: sheet });
  }
}
