import { formatMoney } from "../../common/money";
import type { RuleContext } from "../../rules";
import { isYearEnd } from "../figures";
import type { BudgetSubject } from "../subject";

export const PAIR_MESSAGES = {
  credits: "Opérations d'ordre non symétriques : D{depense} = {d}, R{recette} = {r} (écart {ecart}).",
  yearEndCredits:
    "Crédits ouverts d'ordre non symétriques au compte de fin d'exercice : D{depense} = {d}, R{recette} = {r}.",
  realise: "Réalisations d'ordre non symétriques : D{depense} = {d}, R{recette} = {r} (écart {ecart}).",
  executed: "Le chapitre {chapitre} ne comporte que des prévisions : réalisé {montant} en {sens}.",
  negative: "Virement à la section d'investissement négatif : D023 = {d}.",
} as const;

export type PairMessage = keyof typeof PAIR_MESSAGES;

/**
 * D[depense] = R[recette] to the cent, on credits and (CA/CFU) on realisations. `forecastOnly` chapitres
 * (023/021) are never executed: their realisations must be zero instead.
 */
export function checkOrderPair(
  subject: BudgetSubject,
  context: RuleContext<PairMessage>,
  depense: string,
  recette: string,
  forecastOnly = false,
): void {
  const { index, document } = subject;
  const at = { section: depense === "040" || depense === "041" ? "I" : "F", sens: "D", chapitre: depense } as const;
  const d = index.chapitre("credits", "D", depense);
  const r = index.chapitre("credits", "R", recette);
  const data = { depense, recette, d: formatMoney(d), r: formatMoney(r), ecart: formatMoney(Math.abs(d - r)) };
  if (d !== r) {
    if (isYearEnd(document)) context.report({ messageId: "yearEndCredits", data, severity: "warning", at });
    else context.report({ messageId: "credits", data, at });
  }
  if (forecastOnly) {
    if (d < 0) context.report({ messageId: "negative", data, at });
    for (const [sens, chapitre] of [
      ["D", depense],
      ["R", recette],
    ] as const) {
      const montant = index.chapitre("realise", sens, chapitre);
      if (montant !== 0)
        context.report({
          messageId: "executed",
          data: { chapitre, montant: formatMoney(montant), sens: sens === "D" ? "dépense" : "recette" },
          at: { ...at, sens, chapitre },
        });
    }
    return;
  }
  if (!isYearEnd(document) || !index.has("realise")) return;
  const dr = index.chapitre("realise", "D", depense);
  const rr = index.chapitre("realise", "R", recette);
  if (dr !== rr)
    context.report({
      messageId: "realise",
      data: { ...data, d: formatMoney(dr), r: formatMoney(rr), ecart: formatMoney(Math.abs(dr - rr)) },
      at,
    });
}
