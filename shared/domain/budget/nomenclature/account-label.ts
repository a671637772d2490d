import type { PlanDeComptes } from "./plan";

/** Natures are digits; no plan's compte is longer than this, so a longer one is not looked up. */
const NATURE_MAX = 12;

/**
 * The plan's label of a nature: its own compte's, else the nearest parent compte's (a budget may vote on a
 * subdivision the plan does not list, "60611" under "6061"). Undefined for a nature the plan does not know, even
 * by a parent: a label is never made up.
 */
export function accountLabel(plan: PlanDeComptes, nature: string): string | undefined {
  const code = nature.trim();
  if (!/^\d+$/.test(code) || code.length > NATURE_MAX) return undefined;
  for (let length = code.length; length > 0; length--) {
    const libelle = plan.comptes.get(code.slice(0, length))?.libelle;
    if (libelle) return libelle;
  }
  return undefined;
}
