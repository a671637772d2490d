import { centsFromNumber, parseMoney } from "@shared/domain/common/money";
import type { Cents } from "@shared/domain/common/money";
import type { Bp } from "@shared/domain/subsidies";
import type { CellValue } from "../grid";
import { PlanReadError } from "./errors";
import { normalizeLabel, PLAN_SHEET } from "./layout";

/** A cell of the plan sheet's grid: its value and its address, for messages and the cell map. */
export interface Cell {
  readonly value: CellValue;
  readonly address: string;
}

type Plain = string | number | boolean | undefined;

/** The value a reader sees: nothing for an empty or blank cell, a text trimmed. */
export function plainValue(value: CellValue): Plain {
  if (value === null) return undefined;
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  return value;
}

export function cellError(cell: Cell, what: string): PlanReadError {
  const text = String(plainValue(cell.value) ?? "");
  return new PlanReadError(
    `Feuille « ${PLAN_SHEET} », cellule ${cell.address} : ${what}${text ? ` (« ${text} »)` : ""}.`,
  );
}

export function readText(cell: Cell): string | undefined {
  const value = plainValue(cell.value);
  return value === undefined ? undefined : String(value);
}

export function readMoney(cell: Cell, what: string): Cents | undefined {
  const value = plainValue(cell.value);
  if (value === undefined) return undefined;
  const cents =
    typeof value === "number" ? centsFromNumber(value) : typeof value === "string" ? parseMoney(value) : undefined;
  if (cents === undefined || cents < 0) throw cellError(cell, `${what} invalide, montant en euros attendu`);
  return cents;
}

export function readInteger(cell: Cell, what: string): number | undefined {
  const value = plainValue(cell.value);
  if (value === undefined) return undefined;
  const number =
    typeof value === "number"
      ? value
      : typeof value === "string"
        ? Number(value.replace(/[\s\u00a0\u202f]/g, ""))
        : NaN;
  if (!Number.isSafeInteger(number) || number < 0) throw cellError(cell, `${what} invalide, nombre entier attendu`);
  return number;
}

/** Excel stores a cell formatted in % as a fraction: 0.3 is 30 %; a plain 30 is read as 30 % too. */
export function readRate(cell: Cell, what: string): Bp | undefined {
  const value = plainValue(cell.value);
  if (value === undefined) return undefined;
  let percent: number | undefined;
  if (typeof value === "number") percent = value <= 1 ? value * 100 : value;
  else if (typeof value === "string" && /^\d+(?:[.,]\d+)?\s*%?$/.test(value))
    percent = Number(value.replace("%", "").replace(",", ".").trim());
  const bp = percent === undefined ? undefined : Math.round(percent * 100);
  if (bp === undefined || bp > 10_000) throw cellError(cell, `${what} invalide, pourcentage attendu`);
  return bp;
}

function isRealIsoDate(iso: string): boolean {
  const parsed = new Date(`${iso}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso);
}

const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function readDate(cell: Cell, what: string): string | undefined {
  const value = plainValue(cell.value);
  if (value === undefined) return undefined;
  let iso: string | undefined;
  if (typeof value === "string") {
    const french = FRENCH_DATE.exec(value);
    iso = french ? `${french[3]}-${french[2]?.padStart(2, "0")}-${french[1]?.padStart(2, "0")}` : value;
  }
  if (iso === undefined || !isRealIsoDate(iso)) {
    throw cellError(cell, `${what} invalide, date attendue (JJ/MM/AAAA)`);
  }
  return iso;
}

/** Reads a cell against a table of accepted labels (codes and French labels alike). */
export function readChoice<T extends string>(cell: Cell, what: string, choices: ReadonlyMap<string, T>): T | undefined {
  const text = readText(cell);
  if (text === undefined) return undefined;
  const choice = choices.get(normalizeLabel(text));
  if (choice === undefined)
    throw cellError(cell, `${what} inconnu, valeurs admises : ${[...new Set(choices.keys())].join(", ")}`);
  return choice;
}
