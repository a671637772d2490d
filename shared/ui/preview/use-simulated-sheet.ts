import type { PreviewBudgetWorkbook } from "@shared/preview/preview-budget-workbook";
import type { SheetView } from "./sheet-grid";
import { sheetView } from "./sheet-grid";
import { useSnapshot } from "./useSnapshot";

/** The simulated workbook's shown sheet, redrawn on every change, and the tab switch. */
export function useSimulatedSheet(workbook: PreviewBudgetWorkbook): SheetView & { activate: (sheet: string) => void } {
  const view = sheetView(useSnapshot(workbook));
  return { ...view, activate: (sheet) => workbook.activate(sheet) };
}
