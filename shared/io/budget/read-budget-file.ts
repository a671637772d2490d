import type { BudgetDocument } from "@shared/domain/budget/model";
import type { BalanceComptable } from "./balance-reader";
import { isBalanceHeader, readBalanceComptable } from "./balance-reader";
import { readBudgetCsvText } from "./csv-reader";
import { decodeCsv } from "./csv-text";
import { loadDocumentBudgetaire } from "./docbudg-reader";
import { BudgetReadError } from "./errors";
import type { BudgetFormat } from "./limits";
import { checkSize } from "./limits";

export { checkSize };

/** The one sentence a refused file gets: what the suite reads and how to produce it. */
export const ACCEPTED_FORMATS =
  "la suite lit le flux DocumentBudgetaire XML (export « flux XML » du logiciel financier ou fichier scellé par TotEM), le classeur budget de la suite (.xlsx, bouton « Créer le budget » du volet Excel), son export CSV (Excel : Fichier > Enregistrer sous > CSV, séparateur point-virgule ou virgule) et, à côté d'un compte administratif, la balance comptable DGFiP (CSV de data.economie.gouv.fr)";

export type SniffedFormat = BudgetFormat | "balance" | undefined;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The format the bytes are in, whatever the file is called: a misnamed file is still read. */
export function sniffFormat(head: Uint8Array): SniffedFormat {
  if (ZIP.every((b, i) => head[i] === b)) return "xlsx";
  const text = decodeCsv(head.subarray(0, 4096), true).replace(/^\ufeff/, "");
  const start = text.trimStart();
  if (start.startsWith("<")) return "xml";
  // Control characters other than tab and line ends mean a binary file (PDF streams, images, ODS…).
  if (start === "" || /[\x00-\x08\x0e-\x1f]/.test(text)) return undefined;
  const firstLine = start.split(/\r?\n/, 1)[0] ?? "";
  if (isBalanceHeader(firstLine)) return "balance";
  if (firstLine.startsWith("#") || /^"?section"?[;,]/i.test(firstLine)) return "csv";
  return undefined;
}

export function refuseFormat(file: string): BudgetReadError {
  return new BudgetReadError(`${file} : format non pris en charge ; ${ACCEPTED_FORMATS}.`);
}

/** Reads a budget held in memory: DocumentBudgetaire XML, the suite's .xlsx, or its CSV export. */
export async function readBudgetFile(bytes: Uint8Array, file: string): Promise<BudgetDocument> {
  const format = sniffFormat(bytes);
  if (format === undefined) throw refuseFormat(file);
  checkSize(file, format, bytes.length);
  if (format === "balance")
    throw new BudgetReadError(
      `${file} : c'est une balance comptable DGFiP, la vue du comptable ; donnez-la à côté du compte administratif qu'elle concerne (mairie check-budget --compte-de-gestion ${file} CA.xml).`,
    );
  if (format === "xml") return loadDocumentBudgetaire(bytes, file);
  if (format === "csv") return readBudgetCsvText(decodeCsv(bytes), file);
  // exceljs weighs more than everything else the command loads: only a workbook pays for it.
  const { readBudgetWorkbook } = await import("./workbook-reader");
  return readBudgetWorkbook(bytes, file);
}

/** Reads the DGFiP balance given as the compte de gestion of a CA. */
export function readBalanceFile(bytes: Uint8Array, file: string): BalanceComptable {
  if (sniffFormat(bytes) !== "balance")
    throw new BudgetReadError(
      `${file} : balance comptable DGFiP attendue (CSV aux colonnes exer, siren, compte, sd, sc… de data.economie.gouv.fr).`,
    );
  checkSize(file, "balance", bytes.length);
  return readBalanceComptable(decodeCsv(bytes), file);
}
