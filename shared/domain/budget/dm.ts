import { BudgetIndex } from "./budget-index";
import type { BudgetDocument, BudgetModifie, ChapitreCredits, Section, Sens } from "./model";
import type { Cents } from "../common/money";

/** A DM against the budget it modifies: credits by chapitre before and after its movements. */

export const chapitreKey = (c: { section: Section; sens: Sens; chapitre: string }): string =>
  `${c.section}|${c.sens}|${c.chapitre}`;

function byChapitre(
  index: BudgetIndex,
  amount: (sums: { credits: Cents; budgetPrecedent: Cents; rar: Cents }) => Cents,
): ChapitreCredits[] {
  const totals = new Map<string, { section: Section; sens: Sens; chapitre: string; credits: Cents }>();
  for (const kind of index.kinds) {
    const key = chapitreKey(kind);
    const total = totals.get(key) ?? { section: kind.section, sens: kind.sens, chapitre: kind.chapitre, credits: 0 };
    total.credits += amount(kind.sums);
    totals.set(key, total);
  }
  return [...totals.values()];
}

/**
 * Credits by chapitre once the document is voted: a BP or BS its crédits ouverts (votes and restes à réaliser), a DM
 * the credits before it (MtBudgPrec and MtRARPrec) plus its movements. Undefined for a DM that does not give its
 * budget précédent.
 */
export function creditsVotes(document: BudgetDocument): ChapitreCredits[] | undefined {
  const index = new BudgetIndex(document.lines);
  if (document.type !== "DM") return byChapitre(index, (s) => s.credits);
  if (!index.has("budgetPrecedent")) return undefined;
  return byChapitre(index, (s) => s.budgetPrecedent + s.rar + s.credits);
}

/** The budget a DM modifies, as the DM's facts carry it. */
export function budgetModifieOf(document: BudgetDocument): BudgetModifie | undefined {
  const chapitres = creditsVotes(document);
  if (!chapitres) return undefined;
  return { type: document.type, ...(document.dateVote ? { dateVote: document.dateVote } : {}), chapitres };
}

/** The DM's own movements by chapitre. */
export function mouvementsDm(index: BudgetIndex): ChapitreCredits[] {
  return byChapitre(index, (s) => s.credits);
}

/** The credits before the DM by chapitre as the DM itself reports them (MtBudgPrec and MtRARPrec), if it does. */
export function reportedBefore(index: BudgetIndex): ChapitreCredits[] | undefined {
  return index.has("budgetPrecedent") ? byChapitre(index, (s) => s.budgetPrecedent + s.rar) : undefined;
}

/** What a DM's chapitres held before it, and where that figure comes from. */
export interface AvantDm {
  /** "budget": the budget modified, given beside the DM; "dm": the DM's own MtBudgPrec and MtRARPrec. */
  readonly source: "budget" | "dm";
  readonly credits: ReadonlyMap<string, Cents>;
}

const keyed = (chapitres: readonly ChapitreCredits[]) => new Map(chapitres.map((c) => [chapitreKey(c), c.credits]));

/** The credits before the DM: from the budget modified when given, else as the DM reports them, else undefined. */
export function avantDm(document: BudgetDocument, index: BudgetIndex): AvantDm | undefined {
  const modifie = document.facts.budgetModifie;
  if (modifie) return { source: "budget", credits: keyed(modifie.chapitres) };
  const reported = reportedBefore(index);
  return reported ? { source: "dm", credits: keyed(reported) } : undefined;
}
