import type { Resultats } from "@shared/domain/budget/model";
import type { Cents } from "@shared/domain/common/money";
import { parseMoney } from "@shared/domain/common/money";
import { detectSeparator, splitCsvLine } from "./csv-text";
import { BudgetReadError } from "./errors";

/**
 * The DGFiP « balance comptable » of a budget (open data « Balances comptables des communes », one row per
 * account: exer, ident, ndept, lbudg, insee, cbudg, nomen, siren, compte, bedeb, becre, obnetdeb, obnetcre, onbdeb,
 * onbcre, oobdeb, oobcre, sd, sc). It is the comptable's view of the year: what the compte de gestion states.
 */
export interface BalanceComptable {
  readonly exercice: number;
  readonly siren: string;
  readonly libelle: string;
  readonly nomenclature: string;
  /** Final balance of each account, in cents: sd (débiteur) and sc (créditeur). */
  readonly comptes: ReadonlyMap<string, { readonly sd: Cents; readonly sc: Cents }>;
}

const REQUIRED = ["exer", "siren", "compte", "sd", "sc"] as const;

/** True when the first line is the header of a DGFiP balance (and not the suite's budget CSV). */
export function isBalanceHeader(line: string): boolean {
  const fields = new Set((splitCsvLine(line, detectSeparator(line)) ?? []).map((f) => f.trim().toLowerCase()));
  return REQUIRED.every((name) => fields.has(name)) && (fields.has("bedeb") || fields.has("obnetdeb"));
}

export function readBalanceComptable(text: string, file: string): BalanceComptable {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const headerLine = lines[0] ?? "";
  const separator = detectSeparator(headerLine);
  const header = (splitCsvLine(headerLine, separator) ?? []).map((f) => f.trim().toLowerCase());
  const column = (name: string) => header.indexOf(name);
  const budgets = new Set<string>();
  const comptes = new Map<string, { sd: Cents; sc: Cents }>();
  let first: string[] | undefined;
  lines.slice(1).forEach((line, i) => {
    const where = `${file}, ligne ${i + 2}`;
    const fields = splitCsvLine(line, separator);
    if (!fields) throw new BudgetReadError(`${where} : guillemet non refermé.`);
    const cell = (name: string) => fields[column(name)]?.trim() ?? "";
    first ??= fields;
    budgets.add(`${cell("siren")} ${cell("cbudg")} ${cell("lbudg")}`.trim());
    const compte = cell("compte");
    if (!/^\d+$/.test(compte)) throw new BudgetReadError(`${where} : compte « ${compte} » (numéro attendu).`);
    const amount = (name: "sd" | "sc") => {
      const cents = parseMoney(cell(name) || "0");
      if (cents === undefined)
        throw new BudgetReadError(`${where}, colonne ${name} : montant illisible « ${cell(name)} ».`);
      return cents;
    };
    const previous = comptes.get(compte) ?? { sd: 0, sc: 0 };
    comptes.set(compte, { sd: previous.sd + amount("sd"), sc: previous.sc + amount("sc") });
  });
  if (!first) throw new BudgetReadError(`${file} : balance comptable sans aucune ligne de compte.`);
  if (budgets.size > 1)
    throw new BudgetReadError(
      `${file} : la balance contient ${budgets.size} budgets ; gardez les seules lignes du budget à vérifier (colonnes siren et cbudg).`,
    );
  const row = first;
  const cell = (name: string) => row[column(name)]?.trim() ?? "";
  const exercice = Number(cell("exer"));
  if (!Number.isInteger(exercice) || exercice < 2000)
    throw new BudgetReadError(`${file}, ligne 2, colonne exer : exercice « ${cell("exer")} » (année attendue).`);
  return {
    exercice,
    siren: cell("siren"),
    libelle: cell("lbudg"),
    nomenclature: cell("nomen"),
    comptes,
  };
}

const startsWithAny = (compte: string, prefixes: readonly string[]) => prefixes.some((p) => compte.startsWith(p));
/** Report à nouveau and résultat: the fonctionnement results kept in class 1. */
const RESULT_ACCOUNTS = ["110", "119", "12"];
/** Opérations pour compte de tiers, budgeted in the section d'investissement (chapitres 454x, 458x). */
const THIRD_PARTY_INVESTMENT = ["454", "458"];

/**
 * The results of the compte de gestion, from the final balances of the year:
 * - fonctionnement cumulé = classes 6 and 7 (sc − sd) + the report à nouveau (110, 119) and 12;
 * - solde d'exécution d'investissement cumulé = classes 1 to 3 (sc − sd) without those result accounts, plus the
 *   opérations pour compte de tiers: the funds the section gathered less what it spent, since the first year.
 */
export function compteDeGestionOf(balance: BalanceComptable): Resultats {
  let fonctionnement = 0;
  let investissement = 0;
  for (const [compte, { sd, sc }] of balance.comptes) {
    const net = sc - sd;
    if (/^[67]/.test(compte) || startsWithAny(compte, RESULT_ACCOUNTS)) fonctionnement += net;
    else if (/^[123]/.test(compte) || startsWithAny(compte, THIRD_PARTY_INVESTMENT)) investissement += net;
  }
  return { fonctionnement, investissement };
}
