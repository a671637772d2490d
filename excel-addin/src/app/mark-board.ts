import type { BudgetWorkbook, CellMark } from "@shared/ports/budget-workbook";

export type MarkSource = "budget" | "plan";

/**
 * The port replaces every mark at once; the budget and plan checks each own their marks, so that checking the
 * plan does not erase what the budget check marked, and a new check of either clears its own fixed findings.
 */
export class MarkBoard {
  private readonly bySource = new Map<MarkSource, readonly CellMark[]>();

  constructor(private readonly workbook: BudgetWorkbook) {}

  replace(source: MarkSource, marks: readonly CellMark[]): Promise<void> {
    this.bySource.set(source, marks);
    return this.workbook.setMarks([...this.bySource.values()].flat());
  }
}
