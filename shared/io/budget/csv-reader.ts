import type { BudgetDocument } from "../../domain/budget/model";
import { BudgetReadError } from "./errors";
import type { Cell, TableRow } from "./table-reader";
import { checkHeader, tableToDocument } from "./table-reader";
import { BUDGET_COLUMNS } from "./workbook-layout";

/** Splits one `;`-separated record; fields may be quoted ("…;…" and "" for a quote). */
function splitCsvLine(line: string, where: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ";") {
      fields.push(field);
      field = "";
    } else field += c;
  }
  if (quoted) throw new BudgetReadError(`${where} : guillemet non refermé.`);
  fields.push(field);
  return fields;
}

/** Reads the workbook's CSV export (UTF-8): "# clé;valeur" lines, then the Budget header and rows. */
export function readBudgetCsv(bytes: Uint8Array, file: string): BudgetDocument {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\ufeff/, "");
  } catch {
    throw new BudgetReadError(`${file} : le CSV n'est pas encodé en UTF-8.`);
  }
  const entries = new Map<string, Cell>();
  const keyLines = new Map<string, number>();
  const rows: TableRow[] = [];
  let header: { fields: string[]; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const n = i + 1;
    if (raw.trim() === "") return;
    const where = `${file}, ligne ${n}`;
    if (raw.startsWith("#")) {
      const [key = "", value = ""] = splitCsvLine(raw.slice(1), where);
      entries.set(key.trim(), value.trim());
      keyLines.set(key.trim(), n);
      return;
    }
    const fields = splitCsvLine(raw, where);
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
