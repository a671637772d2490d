import { SAMPLE_BUDGET, SAMPLE_DOCUMENT_SHEET, SAMPLE_PLAN_SHEET } from "@excel-addin/src/host/sample-workbook";
import { DOCUMENT_KEYS } from "@shared/io/budget/workbook-layout";
import { DEPENSE_COLUMNS, FUNDER_COLUMNS, HEADER } from "@shared/io/plan/layout";
import type { SheetBlock } from "@shared/ports/budget-workbook";
import { XSS_PAYLOADS } from "./xss-payloads";

type ExcelValue = string | number | boolean;

type Rows = readonly (readonly unknown[])[];

/** Where a secretary types free text in a sheet: cells that label, never the codes and amounts the checks read. */
interface TextColumn {
  readonly block: SheetBlock;
  readonly column: number;
  readonly rows: (rows: Rows) => number[];
}

const filled = (row: readonly unknown[] | undefined) => row !== undefined && row.some((v) => v !== null && v !== "");

/** The rows of a table: after the row whose first cell is `title`, up to the first empty row. */
const tableRows =
  (title: string) =>
  (rows: Rows): number[] => {
    const found: number[] = [];
    for (let i = rows.findIndex((r) => r[0] === title) + 1; i > 0 && filled(rows[i]); i++) found.push(i);
    return found;
  };

/** The rows of a key/value block holding one of `keys`. */
const keyRows =
  (...keys: string[]) =>
  (rows: Rows): number[] =>
    rows.flatMap((r, i) => (keys.includes(String(r[0])) ? [i] : []));

const TEXT_COLUMNS: readonly TextColumn[] = [
  { block: SAMPLE_BUDGET, column: SAMPLE_BUDGET.values[0]?.indexOf("Libellé") ?? -1, rows: tableRows("Section") },
  { block: SAMPLE_DOCUMENT_SHEET, column: 1, rows: keyRows(DOCUMENT_KEYS.collectivite) },
  { block: SAMPLE_PLAN_SHEET, column: 1, rows: keyRows(HEADER.title, HEADER.commune) },
  { block: SAMPLE_PLAN_SHEET, column: 0, rows: tableRows(DEPENSE_COLUMNS[0]) },
  { block: SAMPLE_PLAN_SHEET, column: FUNDER_COLUMNS.indexOf("Nom"), rows: tableRows(FUNDER_COLUMNS[0]) },
];

/**
 * The preview's sample workbook with a payload of the corpus, in turn, in front of every free-text cell: labels
 * of budget lines, the collectivité, the project, the dépenses and the funders. Returns the sheets as Excel holds
 * them (no nulls) and the texts written.
 */
export function hostileWorkbook(): { sheets: Record<string, ExcelValue[][]>; written: string[] } {
  const sheets = new Map(
    TEXT_COLUMNS.map(({ block }) => [block.sheet, block.values.map((row) => row.map((v) => v ?? ""))]),
  );
  const written: string[] = [];
  for (const { block, column, rows } of TEXT_COLUMNS) {
    const values = sheets.get(block.sheet) ?? [];
    for (const index of rows(values)) {
      const row = values[index] ?? [];
      const text =
        `${XSS_PAYLOADS[written.length % XSS_PAYLOADS.length]?.text ?? ""} ${String(row[column] ?? "")}`.trim();
      row[column] = text;
      written.push(text);
    }
  }
  return { sheets: Object.fromEntries(sheets), written };
}
