import type { BudgetLine } from "@shared/domain/budget";
import { worse } from "@shared/domain/common/severity";
import type { Finding, Location, Severity } from "@shared/domain/rules";
import type { CellMark, SheetBlock } from "@shared/ports/budget-workbook";
import { address } from "@shared/preview/a1";
import { BUDGET_COLUMNS, BUDGET_SHEET } from "@shared/io/budget/workbook-layout";
import { gridOrigin } from "@shared/io/grid";

export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

const NATURE = BUDGET_COLUMNS.indexOf("Nature");
const CREDITS = BUDGET_COLUMNS.indexOf("Crédits votés");

function concerns(line: BudgetLine, at: Location): boolean {
  return (
    (at.section === undefined || line.section === at.section) &&
    (at.sens === undefined || line.sens === at.sens) &&
    (at.chapitre === undefined || line.chapitre === at.chapitre || line.chapitreDeclare === at.chapitre) &&
    // Some rules name a family of natures by its prefix ("2804").
    (at.nature === undefined || line.nature.startsWith(at.nature))
  );
}

const hasBudgetKeys = (at: Location) =>
  at.section !== undefined || at.sens !== undefined || at.chapitre !== undefined || at.nature !== undefined;

/**
 * The cells a finding concerns: on the line it was found on when the rule says so, else on every line of its
 * section, sens, chapitre and nature, else the cell it names. A finding about a nature points at the Nature
 * column, any other at the amounts the secretary would correct.
 */
export function findingCells(finding: Finding, lines: readonly BudgetLine[], budget: SheetBlock): CellRef[] {
  const at = finding.at;
  if (!at) return [];
  if (!hasBudgetKeys(at))
    return at.sheet !== undefined && at.cell !== undefined ? [{ sheet: at.sheet, address: at.cell }] : [];
  const column = gridOrigin(budget).column + (at.nature !== undefined ? NATURE : CREDITS);
  const cellOf = (sheet: string | undefined, row: number): CellRef => ({
    sheet: sheet ?? BUDGET_SHEET,
    address: address(row - 1, column),
  });
  if (at.line !== undefined && (at.sheet ?? BUDGET_SHEET) === budget.sheet) return [cellOf(at.sheet, at.line)];
  const cells: CellRef[] = [];
  for (const line of lines) {
    const row = line.source?.line;
    if (row !== undefined && concerns(line, at)) cells.push(cellOf(line.source?.sheet, row));
  }
  return cells;
}

/** One mark a cell: the most serious finding's colour, every finding's message. */
export function findingsToMarks(
  findings: readonly Finding[],
  cellsOf: (finding: Finding) => readonly CellRef[],
): CellMark[] {
  const marks = new Map<string, { sheet: string; address: string; level: Severity; messages: string[] }>();
  for (const finding of findings) {
    for (const cell of cellsOf(finding)) {
      const key = `${cell.sheet}!${cell.address}`;
      const text = `${finding.rule} : ${finding.message}`;
      const mark = marks.get(key);
      if (!mark) marks.set(key, { ...cell, level: finding.severity, messages: [text] });
      else {
        mark.level = worse(mark.level, finding.severity);
        if (!mark.messages.includes(text)) mark.messages.push(text);
      }
    }
  }
  return [...marks.values()].map(({ sheet, address: a1, level, messages }) => ({
    sheet,
    address: a1,
    level,
    message: messages.join("\n"),
  }));
}
