import { formatMoney } from "@shared/domain/budget";
import { pairedEdits } from "@shared/domain/budget/ordre-pairs";
import type { BudgetWorkbook } from "@shared/ports/budget-workbook";
import { BUDGET_COLUMNS, BUDGET_SHEET } from "@shared/io/budget/workbook-layout";
import { columnName } from "@shared/preview/a1";
import { readWorkbookBudget } from "./check-workbook";

const CREDITS_COLUMN = columnName(BUDGET_COLUMNS.indexOf("Crédits votés"));

/** Sheet rows (1-based) a changed range covers: "I5" → 5..5, "A3:K7" → 3..7, "5:7" → 5..7; none for "A:C". */
export function rowsOfAddress(address: string): readonly [number, number] | undefined {
  const bounds = (address.split("!").pop() ?? "").split(":").map((part) => /(\d+)$/.exec(part)?.[1]);
  const [first, last = first] = bounds;
  if (first === undefined || last === undefined) return undefined;
  return [Number(first), Number(last)];
}

export interface PairsOutcome {
  /** What the pane wrote, in French (« Recette 021 (ligne 12) portée à 25 000,00 € »). */
  readonly written: readonly string[];
  readonly notices: readonly string[];
}

/**
 * After the secretary changed `address` on the Budget sheet: the ordre pairs (023/021, 042/040, 040/042) set equal
 * again. Two reads and one write, whatever the size of the budget; nothing is written when the pairs already agree,
 * so the change event of that write ends there.
 */
export async function keepPairsEqual(workbook: BudgetWorkbook, address: string): Promise<PairsOutcome> {
  const rows = rowsOfAddress(address);
  if (!rows) return { written: [], notices: [] };
  const { document } = await readWorkbookBudget(workbook);
  const lines = document.lines;
  const edited = lines.flatMap((line, i) => {
    const row = line.source?.line;
    return row !== undefined && row >= rows[0] && row <= rows[1] ? [i] : [];
  });
  const { edits, notices } = pairedEdits(lines, edited);
  const cells = edits.flatMap(({ index, credits }) => {
    const line = lines[index];
    const row = line?.source?.line;
    if (!line || row === undefined) return [];
    const what = `${line.sens === "D" ? "Dépense" : "Recette"} ${line.chapitre} (ligne ${row}) portée à ${formatMoney(credits)}`;
    return [{ cell: { sheet: BUDGET_SHEET, address: `${CREDITS_COLUMN}${row}`, value: credits / 100 }, what }];
  });
  if (cells.length > 0) await workbook.writeCells(cells.map((c) => c.cell));
  return { written: cells.map((c) => c.what), notices };
}
