import { officeHostContext, officeReady } from "@shared/office/office-ready";
import { systemClock } from "@shared/ports/clock";
import { PreviewBudgetWorkbook } from "@shared/preview/preview-budget-workbook";
import { previewHostContext } from "@shared/preview/preview-host-context";
import { mount, mountFailure } from "@shared/ui/render/mount";
import { excelBudgetWorkbook } from "../host/excel-budget-workbook";
import { ExcelApp } from "./ExcelApp";
import { SAMPLE_BUDGET, SAMPLE_DOCUMENT_SHEET, SAMPLE_PLAN_SHEET } from "../host/sample-workbook";
import { ServicesProvider } from "./services";
import type { ExcelServices } from "./services";

/** Composition root of the Excel task pane: the only place that knows whether it runs in Excel. */
async function start(): Promise<void> {
  const inExcel = (await officeReady(window.location.search)) === "excel";
  let services: ExcelServices;
  if (inExcel) {
    services = { host: officeHostContext("excel"), workbook: excelBudgetWorkbook, clock: systemClock };
  } else {
    const preview = new PreviewBudgetWorkbook([SAMPLE_BUDGET, SAMPLE_DOCUMENT_SHEET, SAMPLE_PLAN_SHEET]);
    services = { host: previewHostContext("excel"), workbook: preview, preview, clock: systemClock };
  }
  mount(
    <ServicesProvider services={services}>
      <ExcelApp />
    </ServicesProvider>,
  );
}

start().catch(mountFailure);
