import { BudgetReadError } from "./errors";

/**
 * Size bounds of the budget inputs, checked before a byte is parsed. A DocumentBudgetaire of a département with
 * its annexes is 10 to 20 Mo; a commune's workbook or CSV a few hundred Ko.
 */
export const MAX_BYTES = {
  xml: 64 * 1024 * 1024,
  xlsx: 20 * 1024 * 1024,
  csv: 20 * 1024 * 1024,
} as const;

export type BudgetFormat = keyof typeof MAX_BYTES;

/** « 64 Mo » for messages. */
export function formatBound(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} Mo`;
}

/** Refuses, before reading, a file beyond the bound of its format. */
export function checkSize(file: string, format: BudgetFormat | "balance", size: number): void {
  const bound = MAX_BYTES[format === "balance" ? "csv" : format];
  if (size > bound)
    throw new BudgetReadError(
      `${file} : fichier de ${formatBound(size)}, au-delà de la taille admise pour ce format (${formatBound(bound)}) ; vérifiez qu'il s'agit bien du budget d'une seule collectivité.`,
    );
}
