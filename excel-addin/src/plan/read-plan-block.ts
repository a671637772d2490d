import type { Cell } from "exceljs";
import type { SheetBlock } from "@shared/ports/budget-workbook";
import { formatPlanIssue } from "@shared/domain/subsidies";
import { cellError, readChoice, readDate, readInteger, readMoney, readRate, readText } from "@shared/io/plan/cells";
import { BASES, KINDS, readDerogations, STATUSES, YES_NO } from "@shared/io/plan/choices";
import { PlanReadError } from "@shared/io/plan/errors";
import type { HeaderKey } from "@shared/io/plan/layout";
import {
  DEPENSE_COLUMNS,
  DEPENSES_TITLE,
  FINANCEURS_TITLE,
  FUNDER_COLUMNS,
  HEADER,
  normalizeLabel,
  PLAN_SHEET,
} from "@shared/io/plan/layout";
import type { PlanSource } from "@shared/io/plan/plan-source";
import { cellOf, validPlan } from "@shared/io/plan/plan-source";
import { blockGrid } from "./plan-cells";

const DATE_HEADERS: ReadonlySet<HeaderKey> = new Set(["commencement", "date"]);
const DATE_FUNDER_COLUMNS: ReadonlySet<string> = new Set([
  "Date de demande",
  "Date d'accusé de réception",
  "Date de décision",
]);

/**
 * Reads the "Plan de financement" sheet as the port gives it, in the layout of shared/io/plan/layout.ts: the
 * same plan and cell map as readPlanWorkbook, without ExcelJS. Dates arrive as Excel serial numbers.
 */
export function blockToPlan(block: SheetBlock): PlanSource {
  const cell = blockGrid(block);
  const label = (r: number) => normalizeLabel(readText(cell(r, 0)) ?? "");
  const isEmpty = (r: number, width: number) =>
    Array.from({ length: width }, (_, c) => readText(cell(r, c))).every((v) => v === undefined);

  const titles = new Set([normalizeLabel(DEPENSES_TITLE), normalizeLabel(FINANCEURS_TITLE)]);
  const byLabel = new Map(Object.entries(HEADER).map(([key, text]) => [normalizeLabel(text), key as HeaderKey]));
  const header: Partial<Record<HeaderKey, Cell>> = {};
  for (let r = 0; r < block.values.length && !titles.has(label(r)); r++) {
    const key = byLabel.get(label(r));
    if (key) header[key] = cell(r, 1, DATE_HEADERS.has(key));
  }

  const tableRows = (title: string, columns: readonly string[]): number[] => {
    const start = Array.from({ length: block.values.length }, (_, r) => r).find(
      (r) => label(r) === normalizeLabel(title),
    );
    if (start === undefined)
      throw new PlanReadError(
        `Feuille « ${PLAN_SHEET} » : tableau « ${title} » introuvable (une ligne titrée « ${title} » en colonne A).`,
      );
    columns.forEach((column, c) => {
      if (normalizeLabel(readText(cell(start + 1, c)) ?? "") !== normalizeLabel(column))
        throw cellError(cell(start + 1, c), `titre de colonne « ${column} » attendu`);
    });
    const rows: number[] = [];
    for (let r = start + 2; r < block.values.length && !isEmpty(r, columns.length); r++) rows.push(r);
    return rows;
  };

  const cells: Record<string, string> = {};
  const at = (path: string, c: Cell | undefined) => {
    if (c) cells[path] = c.address;
    return c;
  };
  const optional = <T>(path: string, key: HeaderKey, read: (c: Cell, what: string) => T | undefined): T | undefined => {
    const c = at(path, header[key]);
    return c ? read(c, HEADER[key]) : undefined;
  };
  const basisCell = at("basis", header.basis);
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
    derogations: readDerogations(at("derogations", header.derogations)),
  };
  const plan = validPlan(candidate, (issue) => {
    const address = cellOf(cells, issue.path);
    return `Feuille « ${PLAN_SHEET} »${address ? `, cellule ${address}` : ""} : ${address ? issue.message : formatPlanIssue(issue)}`;
  });
  return { plan, cells };
}
