/**
 * The legal deadlines a clause states, computed, never written in a template. The suite's single legal-deadline
 * calendar (shared/domain, being written on another branch) is their source of truth: this is the one function to
 * point at it, kept small on purpose.
 */

/** Years of the general renewal of municipal councils (every six years since 2020). */
function isMunicipalRenewalYear(year: number): boolean {
  return year >= 2020 && (year - 2020) % 6 === 0;
}

/**
 * CGCT L1612-2: the budget primitif is adopted before 15 April of its exercice, or before 30 April in the year of
 * the renewal of the councils. ISO date.
 */
export function budgetAdoptionDeadline(exercice: number): string {
  return `${exercice}-04-${isMunicipalRenewalYear(exercice) ? "30" : "15"}`;
}

/** The deadlines a template may name: `{exercice|limite-budget}`. */
export const DEADLINES = { "limite-budget": budgetAdoptionDeadline } as const;
export type DeadlineName = keyof typeof DEADLINES;
export const isDeadlineName = (name: string): name is DeadlineName => Object.hasOwn(DEADLINES, name);
