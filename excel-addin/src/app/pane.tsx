// First import: zod must be told not to probe for eval before any schema is built.
import "@shared/ui/render/zod-jitless";
import type { ReactNode } from "react";
import { officeHostContext } from "@shared/office/office-ready";
import type { OfficeHost } from "@shared/office/office-ready";
import { systemClock } from "@shared/ports/clock";
import { PreviewBudgetWorkbook } from "@shared/preview/preview-budget-workbook";
import { previewHostContext } from "@shared/preview/preview-host-context";
import { excelBudgetWorkbook } from "../host/excel-budget-workbook";
import { ExcelApp } from "./ExcelApp";
import { SAMPLE_BUDGET, SAMPLE_DOCUMENT_SHEET, SAMPLE_PLAN_SHEET } from "../host/sample-workbook";
import { ServicesProvider } from "./services";
import type { ExcelServices } from "./services";

/**
 * Composition root of the Excel task pane, the only place that knows whether it runs in Excel: the pane behind its
 * frame, in the chunk the page asks for once the frame is painted (index.tsx). `host` is office.js's answer, asked for
 * by the first script.
 */
export async function excelPane(host: Promise<OfficeHost>): Promise<ReactNode> {
  const inExcel = (await host) === "excel";
  let services: ExcelServices;
  if (inExcel) {
    services = { host: officeHostContext("excel"), workbook: excelBudgetWorkbook, clock: systemClock };
  } else {
    const preview = new PreviewBudgetWorkbook([SAMPLE_BUDGET, SAMPLE_DOCUMENT_SHEET, SAMPLE_PLAN_SHEET]);
    services = { host: previewHostContext("excel"), workbook: preview, preview, clock: systemClock };
  }
  return (
    <ServicesProvider services={services}>
      <ExcelApp />
    </ServicesProvider>
  );
}
