import ExcelJS from "exceljs";
import type { BudgetDocument } from "@shared/domain/budget/model";
import type { OddCell, OddCellPolicy } from "../xlsx-grid";
import { worksheetGrid } from "../xlsx-grid";
import { BudgetReadError } from "./errors";
import type { GridPlaces } from "./workbook-grid";
import { BUDGET_WIDTH, DOCUMENT_WIDTH, gridsToDocument } from "./workbook-grid";
import { BUDGET_SHEET, DOCUMENT_SHEET } from "./workbook-layout";

/** « budget.xlsx, feuille Budget, cellule I5 »: the command names the file as well. */
function filePlaces(file: string): GridPlaces {
  return {
    cell: (sheet, address) => `${file}, feuille ${sheet}, cellule ${address}`,
    missingKey: (key) => `${file}, feuille ${DOCUMENT_SHEET}, clé « ${key} »`,
    rowNumbers: false,
  };
}

const ODD_CELL: Readonly<Record<OddCell["kind"], string>> = {
  error: "valeur d'erreur",
  uncomputed: "formule sans valeur calculée ; ouvrez le classeur dans Excel et enregistrez-le, ou collez les valeurs.",
  "invalid-date": "date hors calendrier dans la cellule.",
  unsupported: "contenu de cellule non pris en charge.",
};

/** A budget cell is read only for what Excel showed: an error, or a formula never computed, is refused cell by cell. */
function refuseOddCells(places: GridPlaces, sheet: string): OddCellPolicy {
  return (odd, address) => {
    const what = odd.kind === "error" ? `${ODD_CELL.error} ${odd.error} dans la cellule.` : ODD_CELL[odd.kind];
    throw new BudgetReadError(`${places.cell(sheet, address)} : ${what}`);
  };
}

/** Reads the suite's budget workbook (layout in workbook-layout.ts). */
export async function readBudgetWorkbook(bytes: Uint8Array, file: string): Promise<BudgetDocument> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer); // exceljs types ask for its own Buffer type; it reads any byte array
  } catch {
    throw new BudgetReadError(`${file} : classeur Excel illisible (fichier .xlsx attendu).`);
  }
  const budget = workbook.getWorksheet(BUDGET_SHEET);
  const docSheet = workbook.getWorksheet(DOCUMENT_SHEET);
  if (!budget || !docSheet)
    throw new BudgetReadError(`${file} : feuilles « ${BUDGET_SHEET} » et « ${DOCUMENT_SHEET} » attendues.`);
  const places = filePlaces(file);
  return gridsToDocument(
    worksheetGrid(docSheet, DOCUMENT_WIDTH, refuseOddCells(places, DOCUMENT_SHEET)),
    worksheetGrid(budget, BUDGET_WIDTH, refuseOddCells(places, BUDGET_SHEET)),
    places,
  );
}
