export { BudgetReadError } from "./errors";
export { readDocumentBudgetaire } from "./docbudg-reader";
export { readBudgetWorkbook } from "./workbook-reader";
export { readBudgetCsv } from "./csv-reader";
export { writeBudgetWorkbook, docBudgToWorkbook } from "./workbook-writer";
export { readBudgetFile } from "./read-budget-file";
export { BUDGET_COLUMNS, BUDGET_SHEET, DOCUMENT_SHEET, DOCUMENT_KEYS, FACT_KEYS } from "./workbook-layout";
