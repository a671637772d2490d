import type { BudgetDocument } from "@shared/domain/budget/model";
import { BudgetReadError } from "./errors";
import type { Cell, TableRow } from "./table-reader";
import { checkHeader, tableToDocument } from "./table-reader";
import { BUDGET_COLUMNS } from "./workbook-layout";
import { decodeCsv, detectSeparator, splitCsvLine } from "./csv-text";

/**
 * Reads the workbook's CSV export: "# clé;valeur" lines, then the Budget header and rows. UTF-8 or Windows-1252,
 * `;` or `,` (the header row decides), amounts in French or English form.
 */
export function readBudgetCsv(bytes: Uint8Array, file: string): BudgetDocument {
  return readBudgetCsvText(decodeCsv(bytes), file);
}

export function readBudgetCsvText(text: string, file: string): BudgetDocument {
  const headerLine = text.split(/\r?\n/, 200).find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "";
  const separator = detectSeparator(headerLine);
  const split = (line: string, where: string) => {
    const fields = splitCsvLine(line, separator);
    if (!fields) throw new BudgetReadError(`${where} : guillemet non refermé.`);
    return fields;
  };
  const entries = new Map<string, Cell>();
  const keyLines = new Map<string, number>();
  const rows: TableRow[] = [];
  let header: { fields: string[]; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const n = i + 1;
    if (raw.trim() === "") return;
    const where = `${file}, ligne ${n}`;
    if (raw.startsWith("#")) {
      const [key = "", value = ""] = split(raw.slice(1), where);
      entries.set(key.trim(), value.trim());
      keyLines.set(key.trim(), n);
      return;
    }
    const fields = split(raw, where);
    if (!header) {
      header = { fields, line: n };
      checkHeader(fields, (c) => `${where}, colonne ${c + 1}`);
      return;
    }
    rows.push({
      cells: BUDGET_COLUMNS.map((_, c) => fields[c]),
      source: { line: n },
      where: (column) => `${where}, colonne ${column}`,
    });
  });
  if (!header) throw new BudgetReadError(`${file} : ligne d'en-tête (${BUDGET_COLUMNS.join(";")}) absente.`);
  return tableToDocument(entries, rows, (key) =>
    keyLines.has(key) ? `${file}, ligne ${keyLines.get(key)}` : `${file}, clé « ${key} »`,
  );
}
