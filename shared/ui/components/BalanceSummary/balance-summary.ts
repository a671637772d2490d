import type { Cents } from "@shared/domain/common/money";
import { formatMoney } from "@shared/domain/common/money";

export interface BalanceRow {
  readonly label: string;
  readonly depenses: Cents;
  readonly recettes: Cents;
}

/** The amount columns, in order: their headers, and each amount's name when the narrow pane stacks a row. */
export const AMOUNT_COLUMNS = ["Dépenses", "Recettes", "Écart"] as const;

export interface BalanceStatus {
  readonly color: "success" | "informative" | "danger";
  readonly text: string;
}

/** The gap is written unsigned: this word says which way it goes. */
export function balanceStatus(ecart: Cents): BalanceStatus {
  if (ecart === 0) return { color: "success", text: "Équilibrée" };
  if (ecart > 0) return { color: "informative", text: "Excédent" };
  return { color: "danger", text: "Déficit" };
}

export interface BalanceLine {
  readonly label: string;
  readonly depenses: string;
  readonly recettes: string;
  readonly ecart: string;
  readonly status: BalanceStatus;
}

/** What the table writes of each section: its amounts, the gap of recettes over dépenses and whether it balances. */
export function balanceLines(rows: readonly BalanceRow[]): BalanceLine[] {
  return rows.map((row) => {
    const ecart = row.recettes - row.depenses;
    return {
      label: row.label,
      depenses: formatMoney(row.depenses),
      recettes: formatMoney(row.recettes),
      ecart: formatMoney(Math.abs(ecart)),
      status: balanceStatus(ecart),
    };
  });
}
