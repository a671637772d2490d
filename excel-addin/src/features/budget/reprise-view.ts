import type { Cents } from "@shared/domain/budget";
import { formatMoney, parseMoney } from "@shared/domain/budget";

/** The 1068 the secretary typed, in cents: empty means the minimum; undefined when the text is no amount. */
export function affectationCents(typed: string, minimum: Cents): Cents | undefined {
  return typed.trim() === "" ? minimum : parseMoney(typed);
}

/** Why the council cannot vote this 1068: it must cover the financing need of the investment (CGCT R2311-12). */
export function affectationProblem(cents: Cents | undefined, minimum: Cents): string | undefined {
  if (cents === undefined || cents < 0) return "Montant illisible : tapez par exemple « 78 927,44 ».";
  if (cents < minimum)
    return `Au moins ${formatMoney(minimum)} : le besoin de financement de l'investissement (CGCT R2311-12).`;
  return undefined;
}

/** What the pane says once the BP of the year after the compte is written. */
export function repriseWritten(exercice: number, lines: number): string {
  return `Budget primitif ${exercice + 1} créé avec la reprise du compte ${exercice} (${lines} lignes) : ajoutez les crédits de l'année.`;
}
