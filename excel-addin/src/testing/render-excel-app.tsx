import { render } from "@testing-library/react";
import type { SheetBlock } from "@shared/ports/budget-workbook";
import { PreviewBudgetWorkbook } from "@shared/preview/preview-budget-workbook";
import { previewHostContext } from "@shared/preview/preview-host-context";
import { ExcelApp } from "../app/ExcelApp";
import { SAMPLE_BUDGET, SAMPLE_DOCUMENT_SHEET, SAMPLE_PLAN_SHEET } from "../host/sample-workbook";
import { ServicesProvider } from "../app/services";

/** The task pane on the preview workbook, as the browser preview composes it, with a fixed date. */
export function renderExcelApp(
  sheets: readonly SheetBlock[] = [SAMPLE_BUDGET, SAMPLE_DOCUMENT_SHEET, SAMPLE_PLAN_SHEET],
) {
  const preview = new PreviewBudgetWorkbook(sheets);
  const services = {
    host: previewHostContext("excel"),
    workbook: preview,
    preview,
    clock: { today: () => "2026-03-02" },
  };
  const view = render(
    <ServicesProvider services={services}>
      <ExcelApp />
    </ServicesProvider>,
  );
  return { preview, ...view };
}
