import ExcelJS from "exceljs";
import { formatPlanIssue } from "@shared/domain/subsidies";
import { readChoice, readDate, readInteger, readMoney, readRate, readText } from "./cells";
import { BASES, KINDS, readDerogations, STATUSES, YES_NO } from "./choices";
import { PlanReadError } from "./errors";
import type { HeaderKey } from "./layout";
import { DEPENSE_COLUMNS, DEPENSES_TITLE, FINANCEURS_TITLE, FUNDER_COLUMNS, HEADER, PLAN_SHEET } from "./layout";
import { headerCells, tableRows } from "./sheet-blocks";
import type { PlanSource } from "./plan-source";
import { cellOf, validPlan } from "./plan-source";

/** Reads the "Plan de financement" sheet of an .xlsx workbook. */
export async function readPlanWorkbook(data: ArrayBuffer): Promise<PlanSource> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    // exceljs's own message is English and speaks of its internals: the user needs to know the file is no workbook.
    throw new PlanReadError("Le classeur n'a pas pu être lu : fichier .xlsx attendu, ou classeur endommagé.");
  }
  const sheet = workbook.getWorksheet(PLAN_SHEET);
  if (!sheet) throw new PlanReadError(`Le classeur n'a pas de feuille « ${PLAN_SHEET} ».`);

  const header = headerCells(sheet);
  const cells: Record<string, string> = {};
  const at = (path: string, cell: ExcelJS.Cell | undefined) => {
    if (cell) cells[path] = cell.address;
    return cell;
  };
  const optional = <T>(
    path: string,
    key: HeaderKey,
    read: (cell: ExcelJS.Cell, what: string) => T | undefined,
  ): T | undefined => {
    const cell = at(path, header[key]);
    return cell ? read(cell, HEADER[key]) : undefined;
  };
  const basisCell = at("basis", header.basis);
  if (!basisCell)
    throw new PlanReadError(`Feuille « ${PLAN_SHEET} » : ligne « ${HEADER.basis} » absente de l'en-tête.`);

  const depenses = tableRows(sheet, DEPENSES_TITLE, DEPENSE_COLUMNS).map((row, i) => {
    cells[`depenses[${i}]`] = row.getCell(1).address;
    return {
      label: readText(row.getCell(1)),
      htCents: readMoney(row.getCell(2), "montant HT"),
      ttcCents: readMoney(row.getCell(3), "montant TTC"),
      eligible: readChoice(row.getCell(4), "éligible", YES_NO) !== "non",
    };
  });
  const funders = tableRows(sheet, FINANCEURS_TITLE, FUNDER_COLUMNS).map((row, i) => {
    cells[`funders[${i}]`] = row.getCell(1).address;
    const cell = (column: (typeof FUNDER_COLUMNS)[number]) => row.getCell(FUNDER_COLUMNS.indexOf(column) + 1);
    const kindCell = cell("Type");
    const kind = readChoice(kindCell, "type de financeur", KINDS);
    const kindText = readText(kindCell);
    const name =
      readText(cell("Nom")) ?? (kind === "europe" && kindText && !/^europe$/i.test(kindText) ? kindText : undefined);
    return {
      kind,
      name,
      amountCents: readMoney(cell("Montant"), "montant"),
      rateBp: readRate(cell("Taux"), "taux"),
      assietteCents: readMoney(cell("Assiette"), "assiette"),
      basis: readChoice(cell("Base"), "base", BASES),
      requestDate: readDate(cell("Date de demande"), "date de demande"),
      acknowledgementDate: readDate(cell("Date d'accusé de réception"), "date d'accusé de réception"),
      decisionDate: readDate(cell("Date de décision"), "date de décision"),
      status: readChoice(cell("Statut"), "statut", STATUSES),
      commencementDerogation: readText(cell("Dérogation commencement")),
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
    const cell = cellOf(cells, issue.path);
    return `Feuille « ${PLAN_SHEET} »${cell ? `, cellule ${cell}` : ""} : ${cell ? issue.message : formatPlanIssue(issue)}`;
  });
  return { plan, cells };
}
