import type { BudgetWorkbook } from "@shared/ports/budget-workbook";
import type { Clock } from "@shared/ports/clock";
import type { HostContext, HostKind } from "@shared/ports/host-context";
import type { PreviewBudgetWorkbook } from "@shared/preview/preview-budget-workbook";
import { createServicesContext } from "@shared/ui/services/create-services-context";

export interface ExcelServices {
  readonly host: HostContext & { readonly simulates?: HostKind };
  readonly workbook: BudgetWorkbook;
  /** Present only in the browser preview: the simulated workbook drawn beside the task pane. */
  readonly preview?: PreviewBudgetWorkbook;
  readonly clock: Clock;
}

export const { ServicesProvider, useServices } = createServicesContext<ExcelServices>("excel-addin");
