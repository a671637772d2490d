import type { BudgetDocument, Cents } from "@shared/domain/budget";
import type { CellValue, SheetBlock } from "@shared/ports/budget-workbook";
import {
  BUDGET_COLUMNS,
  BUDGET_SHEET,
  DOCUMENT_KEYS,
  DOCUMENT_SHEET,
  documentRows,
  TYPE_FR,
} from "@shared/io/budget/workbook-layout";

const euros = (cents: Cents | undefined): CellValue => (cents === undefined ? null : cents / 100);

/** The two sheets of the suite's workbook for a document, as workbook-writer.ts lays them out. */
export function documentToBlocks(document: BudgetDocument): [SheetBlock, SheetBlock] {
  const lines = document.lines.map((line): CellValue[] => [
    line.section,
    line.sens,
    line.chapitre,
    line.nature,
    line.fonction ?? null,
    line.operation ?? null,
    line.libelle ?? null,
    line.mouvement === "reel" ? TYPE_FR.reel : TYPE_FR[line.typeOrdre ?? "ordre"],
    euros(line.amounts.credits),
    euros(line.amounts.rar),
    euros(line.amounts.realise),
  ]);
  return [
    { sheet: DOCUMENT_SHEET, origin: "A1", values: documentRows(document) },
    { sheet: BUDGET_SHEET, origin: "A1", values: [[...BUDGET_COLUMNS], ...lines] },
  ];
}

/** An empty budget primitif: the Document keys to fill in and the header of the Budget sheet. */
export function templateBlocks(exercice: number, nomenclature = "M57_A"): [SheetBlock, SheetBlock] {
  const [document, budget] = documentToBlocks({
    type: "BP",
    nomenclature,
    exercice,
    budgetAnnexe: false,
    lines: [],
    facts: {},
  });
  const blanks: CellValue[][] = [DOCUMENT_KEYS.dateVote, DOCUMENT_KEYS.collectivite, DOCUMENT_KEYS.population].map(
    (key) => [key, null],
  );
  return [{ ...document, values: [...document.values, ...blanks] }, budget];
}
