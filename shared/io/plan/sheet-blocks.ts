import type { Cell, Row, Worksheet } from "exceljs";
import { cellError, plainValue, readText } from "./cells";
import { PlanReadError } from "./errors";
import type { HeaderKey } from "./layout";
import { DEPENSES_TITLE, FINANCEURS_TITLE, HEADER, normalizeLabel, PLAN_SHEET } from "./layout";

const rowLabel = (row: Row): string => normalizeLabel(readText(row.getCell(1)) ?? "");
const isEmpty = (row: Row, width: number): boolean =>
  Array.from({ length: width }, (_, i) => plainValue(row.getCell(i + 1).value)).every((v) => v === undefined);

/** Rows of the table titled `title`: checks its column titles, stops at the first empty row. */
export function tableRows(sheet: Worksheet, title: string, columns: readonly string[]): Row[] {
  let start = 0;
  // eachRow visits only the rows holding values: a lone far cell must not cost a million empty rows.
  sheet.eachRow((row, r) => {
    if (start === 0 && rowLabel(row) === normalizeLabel(title)) start = r;
  });
  if (start === 0)
    throw new PlanReadError(
      `Feuille « ${PLAN_SHEET} » : tableau « ${title} » introuvable (une ligne titrée « ${title} » en colonne A).`,
    );
  const titles = sheet.getRow(start + 1);
  columns.forEach((column, i) => {
    const cell = titles.getCell(i + 1);
    if (normalizeLabel(readText(cell) ?? "") !== normalizeLabel(column))
      throw cellError(cell, `titre de colonne « ${column} » attendu`);
  });
  const rows: Row[] = [];
  for (let r = start + 2; r <= sheet.rowCount && !isEmpty(sheet.getRow(r), columns.length); r++)
    rows.push(sheet.getRow(r));
  return rows;
}

/** The header block: each known label of column A above the first table, with its value cell in column B. */
export function headerCells(sheet: Worksheet): Partial<Record<HeaderKey, Cell>> {
  const byLabel = new Map(Object.entries(HEADER).map(([key, label]) => [normalizeLabel(label), key as HeaderKey]));
  const found: Partial<Record<HeaderKey, Cell>> = {};
  let ended = false;
  sheet.eachRow((row) => {
    const label = rowLabel(row);
    ended ||= label === normalizeLabel(DEPENSES_TITLE) || label === normalizeLabel(FINANCEURS_TITLE);
    const key = ended ? undefined : byLabel.get(label);
    if (key) found[key] = row.getCell(2);
  });
  return found;
}
