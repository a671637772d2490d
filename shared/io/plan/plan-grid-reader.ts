import { formatPlanIssue } from "@shared/domain/subsidies";
import type { SheetBlock } from "../grid";
import { excelSerialToIso, gridAddresser } from "../grid";
import type { Cell } from "./cells";
import { cellError, readChoice, readDate, readInteger, readMoney, readRate, readText } from "./cells";
import { BASES, KINDS, readDerogations, STATUSES, YES_NO } from "./choices";
import { PlanReadError } from "./errors";
import type { HeaderKey } from "./layout";
import {
  DEPENSE_COLUMNS,
  DEPENSES_TITLE,
  FINANCEURS_TITLE,
  FUNDER_COLUMNS,
  HEADER,
  normalizeLabel,
  PLAN_SHEET,
} from "./layout";
import type { PlanSource } from "./plan-source";
import { cellOf, validPlan } from "./plan-source";

/** The widest table of the sheet: the columns a reader of the sheet needs. */
export const PLAN_WIDTH = FUNDER_COLUMNS.length;

const DATE_HEADERS: ReadonlySet<HeaderKey> = new Set(["commencement", "date"]);
const DATE_FUNDER_COLUMNS: ReadonlySet<string> = new Set([
  "Date de demande",
  "Date d'accusé de réception",
  "Date de décision",
]);
/** How a date no calendar holds reads in a message or a text field. */
export const INVALID_DATE = "date hors calendrier";

/**
 * Reads the "Plan de financement" sheet, in the layout of ./layout.ts, from its grid: the plan and the cell each
 * plan path was read from. A date cell may hold an Excel day serial number (Office.js) or a day as text.
 */
export function gridToPlan(grid: SheetBlock): PlanSource {
  const at = gridAddresser(grid);
  const cell = (row: number, column: number, isDate = false): Cell => {
    const value = grid.values[row]?.[column] ?? null;
    const day = isDate && typeof value === "number" ? (excelSerialToIso(value) ?? INVALID_DATE) : value;
    return { value: day, address: at(row, column) };
  };
  const label = (r: number) => normalizeLabel(readText(cell(r, 0)) ?? "");
  const isEmpty = (r: number, width: number) =>
    Array.from({ length: width }, (_, c) => readText(cell(r, c))).every((v) => v === undefined);
  const rows = grid.values.length;

  const titles = new Set([normalizeLabel(DEPENSES_TITLE), normalizeLabel(FINANCEURS_TITLE)]);
  const byLabel = new Map(Object.entries(HEADER).map(([key, text]) => [normalizeLabel(text), key as HeaderKey]));
  const header: Partial<Record<HeaderKey, Cell>> = {};
  for (let r = 0; r < rows && !titles.has(label(r)); r++) {
    const key = byLabel.get(label(r));
    if (key) header[key] = cell(r, 1, DATE_HEADERS.has(key));
  }

  /** Rows of the table titled `title`: checks its column titles, stops at the first empty row. */
  const tableRows = (title: string, columns: readonly string[]): number[] => {
    let start: number | undefined;
    for (let r = 0; r < rows && start === undefined; r++) if (label(r) === normalizeLabel(title)) start = r;
    if (start === undefined)
      throw new PlanReadError(
        `Feuille « ${PLAN_SHEET} » : tableau « ${title} » introuvable (une ligne titrée « ${title} » en colonne A).`,
      );
    const titleRow = start + 1;
    columns.forEach((column, c) => {
      if (normalizeLabel(readText(cell(titleRow, c)) ?? "") !== normalizeLabel(column))
        throw cellError(cell(titleRow, c), `titre de colonne « ${column} » attendu`);
    });
    const found: number[] = [];
    for (let r = start + 2; r < rows && !isEmpty(r, columns.length); r++) found.push(r);
    return found;
  };

  const cells: Record<string, string> = {};
  const placed = (path: string, c: Cell | undefined) => {
    if (c) cells[path] = c.address;
    return c;
  };
  const optional = <T>(path: string, key: HeaderKey, read: (c: Cell, what: string) => T | undefined): T | undefined => {
    const c = placed(path, header[key]);
    return c ? read(c, HEADER[key]) : undefined;
  };
  const basisCell = placed("basis", header.basis);
  if (!basisCell)
    throw new PlanReadError(`Feuille « ${PLAN_SHEET} » : ligne « ${HEADER.basis} » absente de l'en-tête.`);

  const depenses = tableRows(DEPENSES_TITLE, DEPENSE_COLUMNS).map((r, i) => {
    cells[`depenses[${i}]`] = cell(r, 0).address;
    return {
      label: readText(cell(r, 0)),
      htCents: readMoney(cell(r, 1), "montant HT"),
      ttcCents: readMoney(cell(r, 2), "montant TTC"),
      eligible: readChoice(cell(r, 3), "éligible", YES_NO) !== "non",
    };
  });
  const funders = tableRows(FINANCEURS_TITLE, FUNDER_COLUMNS).map((r, i) => {
    cells[`funders[${i}]`] = cell(r, 0).address;
    const column = (name: (typeof FUNDER_COLUMNS)[number]) =>
      cell(r, FUNDER_COLUMNS.indexOf(name), DATE_FUNDER_COLUMNS.has(name));
    const kind = readChoice(column("Type"), "type de financeur", KINDS);
    const kindText = readText(column("Type"));
    return {
      kind,
      name:
        readText(column("Nom")) ??
        (kind === "europe" && kindText && !/^europe$/i.test(kindText) ? kindText : undefined),
      amountCents: readMoney(column("Montant"), "montant"),
      rateBp: readRate(column("Taux"), "taux"),
      assietteCents: readMoney(column("Assiette"), "assiette"),
      basis: readChoice(column("Base"), "base", BASES),
      requestDate: readDate(column("Date de demande"), "date de demande"),
      acknowledgementDate: readDate(column("Date d'accusé de réception"), "date d'accusé de réception"),
      decisionDate: readDate(column("Date de décision"), "date de décision"),
      status: readChoice(column("Statut"), "statut", STATUSES),
      commencementDerogation: readText(column("Dérogation commencement")),
    };
  });

  const candidate = {
    date: optional("date", "date", readDate),
    commune: {
      name: optional("commune.name", "commune", readText),
      population: optional("commune.population", "population", readInteger),
      departement: optional("commune.departement", "departement", readText)?.toUpperCase(),
    },
    project: {
      title: optional("project.title", "title", readText),
      operation: optional("project.operation", "operation", readText),
      commencement: optional("project.commencement", "commencement", readDate),
      realiseHtCents: optional("project.realiseHtCents", "realise", readMoney),
    },
    basis: readChoice(basisCell, HEADER.basis, BASES),
    depenses,
    funders,
    autofinancementCents: optional("autofinancementCents", "autofinancement", readMoney) ?? 0,
    empruntCents: optional("empruntCents", "emprunt", readMoney) ?? 0,
    derogations: readDerogations(placed("derogations", header.derogations)),
  };
  const plan = validPlan(candidate, (issue) => {
    const address = cellOf(cells, issue.path);
    return `Feuille « ${PLAN_SHEET} »${address ? `, cellule ${address}` : ""} : ${address ? issue.message : formatPlanIssue(issue)}`;
  });
  return { plan, cells };
}
