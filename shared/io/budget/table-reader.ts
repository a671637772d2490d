import type {
  BudgetDocument,
  BudgetLine,
  DocumentType,
  LineAmounts,
  LineSource,
  TypeOrdre,
} from "@shared/domain/budget/model";
import type { Cents } from "@shared/domain/common/money";
import { centsFromNumber, parseMoney } from "@shared/domain/common/money";
import { foldKey } from "@shared/domain/common/fold";
import { BudgetReadError } from "./errors";
import type { BudgetColumn, MutableFacts } from "./workbook-layout";
import { BUDGET_COLUMNS, DOCUMENT_KEYS, FACT_KEYS } from "./workbook-layout";

/** A cell already unwrapped by the workbook or CSV reader: text, number, or empty. */
export type Cell = string | number | undefined;

export interface TableRow {
  /** Cell of each column, in BUDGET_COLUMNS order. */
  readonly cells: readonly Cell[];
  readonly source: LineSource;
  /** "cellule I5" or "ligne 12, colonne Crédits votés", for messages. */
  readonly where: (column: BudgetColumn) => string;
}

const DOC_TYPES: readonly DocumentType[] = ["BP", "BS", "DM", "CA", "CFU"];

const text = (cell: Cell) => (cell === undefined ? "" : String(cell).trim());

function amountOf(cell: Cell, where: string): Cents | undefined {
  if (cell === undefined || text(cell) === "") return undefined;
  const cents = typeof cell === "number" ? centsFromNumber(cell) : parseMoney(cell);
  if (cents === undefined)
    throw new BudgetReadError(`${where} : montant illisible « ${text(cell)} » (nombre en euros attendu, au centime).`);
  return cents;
}

function dateOf(cell: Cell, where: string): string | undefined {
  const s = text(cell);
  if (s === "") return undefined;
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  const iso = fr ? `${fr[3]}-${fr[2]}-${fr[1]}` : s.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso))
    throw new BudgetReadError(`${where} : date illisible « ${s} » (JJ/MM/AAAA ou AAAA-MM-JJ attendu).`);
  return iso;
}

/** Checks the header row against the layout, naming the first column that differs. */
export function checkHeader(header: readonly Cell[], where: (index: number) => string): void {
  BUDGET_COLUMNS.forEach((name, i) => {
    if (foldKey(text(header[i])) !== foldKey(name)) {
      throw new BudgetReadError(`${where(i)} : colonne « ${name} » attendue, trouvé « ${text(header[i])} ».`);
    }
  });
}

function lineOf(row: TableRow): BudgetLine | undefined {
  const cell = (c: BudgetColumn) => row.cells[BUDGET_COLUMNS.indexOf(c)];
  if (row.cells.every((c) => text(c) === "")) return undefined;
  const section = text(cell("Section")).toUpperCase().charAt(0);
  const sens = text(cell("Sens")).toUpperCase().charAt(0);
  if (section !== "F" && section !== "I")
    throw new BudgetReadError(`${row.where("Section")} : section « ${text(cell("Section"))} » (F ou I attendu).`);
  if (sens !== "D" && sens !== "R")
    throw new BudgetReadError(`${row.where("Sens")} : sens « ${text(cell("Sens"))} » (D ou R attendu).`);
  const nature = text(cell("Nature"));
  const chapitre = text(cell("Chapitre"));
  if (!/^\d+$/.test(nature))
    throw new BudgetReadError(`${row.where("Nature")} : nature « ${nature} » (numéro de compte attendu).`);
  if (!/^\d+$/.test(chapitre))
    throw new BudgetReadError(`${row.where("Chapitre")} : chapitre « ${chapitre} » (numéro attendu).`);
  const kind = foldKey(text(cell("Type")) || "reel");
  if (!kind.startsWith("reel") && !kind.startsWith("ordre"))
    throw new BudgetReadError(`${row.where("Type")} : type « ${text(cell("Type"))} » (réel ou ordre attendu).`);
  const typeOrdre: TypeOrdre | undefined = kind.includes("interieur")
    ? "interieur"
    : kind.includes("entre")
      ? "entre-sections"
      : undefined;
  const amounts: LineAmounts = {
    credits: amountOf(cell("Crédits votés"), row.where("Crédits votés")),
    rar: amountOf(cell("RAR"), row.where("RAR")),
    realise: amountOf(cell("Réalisé"), row.where("Réalisé")),
  };
  return {
    section,
    sens,
    chapitre,
    nature,
    mouvement: kind.startsWith("reel") ? "reel" : "ordre",
    typeOrdre,
    fonction: text(cell("Fonction")) || undefined,
    operation: text(cell("Opération")) || undefined,
    libelle: text(cell("Libellé")) || undefined,
    amounts,
    source: row.source,
  };
}

/** Builds the document from the Document key/values and the Budget rows; `where(key)` names a key's cell. */
export function tableToDocument(
  entries: ReadonlyMap<string, Cell>,
  rows: readonly TableRow[],
  where: (key: string) => string,
): BudgetDocument {
  const get = (key: string) => {
    for (const [k, v] of entries) if (foldKey(k) === foldKey(key)) return v;
    return undefined;
  };
  const type = text(get(DOCUMENT_KEYS.type)).toUpperCase() as DocumentType;
  if (!DOC_TYPES.includes(type))
    throw new BudgetReadError(
      `${where(DOCUMENT_KEYS.type)} : type de document « ${text(get(DOCUMENT_KEYS.type))} » (BP, BS, DM, CA ou CFU attendu).`,
    );
  const nomenclature = text(get(DOCUMENT_KEYS.nomenclature));
  if (!nomenclature)
    throw new BudgetReadError(
      `${where(DOCUMENT_KEYS.nomenclature)} : nomenclature absente (M57_A, M57_D, M14_COM_500_3500…).`,
    );
  const exercice = Number(text(get(DOCUMENT_KEYS.exercice)));
  if (!Number.isInteger(exercice) || exercice < 2000)
    throw new BudgetReadError(
      `${where(DOCUMENT_KEYS.exercice)} : exercice « ${text(get(DOCUMENT_KEYS.exercice))} » (année attendue).`,
    );
  const population = text(get(DOCUMENT_KEYS.population)).replace(/\s/g, "");
  if (population !== "" && !/^\d+$/.test(population))
    throw new BudgetReadError(
      `${where(DOCUMENT_KEYS.population)} : population « ${population} » (nombre entier attendu).`,
    );
  const facts: MutableFacts = {};
  for (const { label, set } of FACT_KEYS) {
    const cents = amountOf(get(label), where(label));
    if (cents !== undefined) set(facts, cents);
  }
  const lines: BudgetLine[] = [];
  for (const row of rows) {
    const line = lineOf(row);
    if (line) lines.push(line);
  }
  return {
    type,
    nomenclature,
    exercice,
    dateVote: dateOf(get(DOCUMENT_KEYS.dateVote), where(DOCUMENT_KEYS.dateVote)),
    collectivite: text(get(DOCUMENT_KEYS.collectivite)) || undefined,
    etablissement: text(get(DOCUMENT_KEYS.etablissement)) || undefined,
    budgetAnnexe: foldKey(text(get(DOCUMENT_KEYS.budgetAnnexe))) === "oui",
    population: population === "" ? undefined : Number(population),
    lines,
    facts,
  };
}
