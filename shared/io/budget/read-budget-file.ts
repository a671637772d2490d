import type { BudgetDocument } from "../../domain/budget/model";
import { readBudgetCsv } from "./csv-reader";
import { readDocumentBudgetaire } from "./docbudg-reader";
import { BudgetReadError } from "./errors";
import { readBudgetWorkbook } from "./workbook-reader";

/** Picks the reader by extension: DocumentBudgetaire .xml, the suite's .xlsx, or its .csv export. */
export async function readBudgetFile(bytes: Uint8Array, file: string): Promise<BudgetDocument> {
  const extension = file.toLowerCase().split(".").pop();
  if (extension === "xml") return readDocumentBudgetaire(bytes, file);
  if (extension === "xlsx") return readBudgetWorkbook(bytes, file);
  if (extension === "csv") return readBudgetCsv(bytes, file);
  throw new BudgetReadError(`${file} : format non pris en charge (.xml DocumentBudgetaire, .xlsx ou .csv attendu).`);
}
