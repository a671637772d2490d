import type { BudgetDocument, BudgetLine } from "@shared/domain/budget/model";
import type { PlanDeComptes } from "@shared/domain/budget/nomenclature";
import { accountLabel } from "@shared/domain/budget/nomenclature";
import type { Cents } from "@shared/domain/common/money";
import { numberFromCents } from "@shared/domain/common/money";
import { foldKey } from "@shared/domain/common/fold";
import type { CellValue, SheetBlock } from "../grid";
import { excelSerialToIso, gridAddresser, gridOrigin } from "../grid";
import { BudgetReadError } from "./errors";
import type { Cell, TableRow } from "./table-reader";
import { checkHeader, tableToDocument } from "./table-reader";
import { BUDGET_COLUMNS, BUDGET_SHEET, DOCUMENT_KEYS, DOCUMENT_SHEET, documentRows, TYPE_FR } from "./workbook-layout";

/** The columns a reader of each sheet needs. */
export const DOCUMENT_WIDTH = 2;
export const BUDGET_WIDTH = BUDGET_COLUMNS.length;

/** Document keys whose cell Excel may hold as a date serial number. */
const DATE_KEYS: ReadonlySet<string> = new Set([foldKey(DOCUMENT_KEYS.dateVote)]);

const amount = (cents: Cents | undefined): CellValue => (cents === undefined ? null : numberFromCents(cents));

/** The line's own label, else the plan's for its nature (most DocumentBudgetaire flows label few lines), else none. */
function labelOf(line: BudgetLine, plan: PlanDeComptes | undefined): string | null {
  if (line.libelle?.trim()) return line.libelle;
  return (plan && accountLabel(plan, line.nature)) ?? null;
}

/**
 * The two sheets of the suite's workbook for a document, in the layout of ./workbook-layout.ts. With the
 * document's plan de comptes, a line without a label of its own gets the plan's.
 */
export function documentToGrids(document: BudgetDocument, plan?: PlanDeComptes): [SheetBlock, SheetBlock] {
  const lines = document.lines.map((line): CellValue[] => [
    line.section,
    line.sens,
    line.chapitre,
    line.nature,
    line.fonction ?? null,
    line.operation ?? null,
    labelOf(line, plan),
    line.mouvement === "reel" ? TYPE_FR.reel : TYPE_FR[line.typeOrdre ?? "ordre"],
    amount(line.amounts.credits),
    amount(line.amounts.rar),
    amount(line.amounts.realise),
  ]);
  return [
    { sheet: DOCUMENT_SHEET, origin: "A1", values: documentRows(document) },
    { sheet: BUDGET_SHEET, origin: "A1", values: [[...BUDGET_COLUMNS], ...lines] },
  ];
}

/** An empty budget primitif: the Document keys to fill in and the header of the Budget sheet. */
export function templateGrids(exercice: number, nomenclature = "M57_A"): [SheetBlock, SheetBlock] {
  const [document, budget] = documentToGrids({
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

/** How the messages of a reading name a place: the pane names the sheet, the command the file too. */
export interface GridPlaces {
  readonly cell: (sheet: string, address: string) => string;
  /** A key the Document sheet lacks. */
  readonly missingKey: (key: string) => string;
  /** Whether a line's source gives its sheet row: the pane marks rows by it; the command's JSON never had it. */
  readonly rowNumbers: boolean;
  /** What to say of an empty Budget sheet where the host offers to create one; else its header is found wanting. */
  readonly emptyBudget?: string;
}

/** The workbook open in Excel: « Feuille « Budget », cellule I5 ». */
export const SHEET_PLACES: GridPlaces = {
  cell: (sheet, address) => `Feuille « ${sheet} », cellule ${address}`,
  missingKey: (key) => `Feuille « ${DOCUMENT_SHEET} », clé « ${key} » absente`,
  rowNumbers: true,
  emptyBudget: `La feuille « ${BUDGET_SHEET} » est vide : créez le budget depuis l'onglet « Créer un budget ».`,
};

/** A cell as the table reader wants it: text or number, undefined when empty. */
function plainCell(value: CellValue | undefined): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (typeof value === "string" && value.trim() === "") return undefined;
  return value;
}

const isEmptyRow = (row: readonly CellValue[]) => row.every((value) => plainCell(value) === undefined);

function documentEntries(grid: SheetBlock): { entries: Map<string, Cell>; cells: Map<string, string> } {
  const at = gridAddresser(grid);
  const entries = new Map<string, Cell>();
  const cells = new Map<string, string>();
  grid.values.forEach((row, r) => {
    const key = plainCell(row[0]);
    if (key === undefined) return;
    const name = String(key).trim();
    const value = plainCell(row[1]);
    const day = typeof value === "number" && DATE_KEYS.has(foldKey(name)) ? excelSerialToIso(value) : undefined;
    entries.set(name, day ?? value);
    cells.set(foldKey(name), at(r, 1));
  });
  return { entries, cells };
}

function budgetRows(grid: SheetBlock, places: GridPlaces): TableRow[] {
  const at = gridAddresser(grid);
  const firstRow = gridOrigin(grid).row + 1;
  const [header = [], ...lines] = grid.values;
  checkHeader(
    BUDGET_COLUMNS.map((_, i) => plainCell(header[i])),
    (i) => places.cell(BUDGET_SHEET, at(0, i)),
  );
  const rows: TableRow[] = [];
  lines.forEach((row, index) => {
    // Empty rows are skipped before anything is built: a lone far cell leaves a million of them.
    if (isEmptyRow(row)) return;
    const r = index + 1;
    rows.push({
      cells: BUDGET_COLUMNS.map((_, i) => plainCell(row[i])),
      source: { sheet: BUDGET_SHEET, cell: at(r, 0), ...(places.rowNumbers ? { line: firstRow + r } : {}) },
      where: (column) => places.cell(BUDGET_SHEET, at(r, BUDGET_COLUMNS.indexOf(column))),
    });
  });
  return rows;
}

/**
 * The budget of a workbook, from the grids of its "Document" and "Budget" sheets. A cell that cannot be read
 * throws a BudgetReadError whose French message names the place.
 */
export function gridsToDocument(documentGrid: SheetBlock, budgetGrid: SheetBlock, places: GridPlaces): BudgetDocument {
  if (budgetGrid.values.length === 0 && places.emptyBudget !== undefined) throw new BudgetReadError(places.emptyBudget);
  const { entries, cells } = documentEntries(documentGrid);
  const rows = budgetRows(budgetGrid, places);
  return tableToDocument(entries, rows, (key) => {
    const cell = cells.get(foldKey(key));
    return cell ? places.cell(DOCUMENT_SHEET, cell) : places.missingKey(key);
  });
}
