/**
 * The legal calendar of the budget year, in one place: every rule, the CLI and the Teams cockpit read their
 * deadlines here, so that a change of the law (or a temporary ordonnance) is made once.
 * Dates are ISO civil dates; "on or before `due`" is in time.
 */

/** A deadline and the text that sets it (the temporary text when one moved it). */
export interface LegalDeadline {
  readonly due: string;
  readonly ref: string;
}

/**
 * Years of general renewal of municipal councils (L1612-2 gives 30 April instead of 15 April that year).
 * Past ones: 2001, 2008, 2014, 2020 (elections of March and June 2020), 2026; then every six years (code électoral
 * L227), which is what `isCouncilRenewalYear` assumes beyond the last known one.
 */
const RENEWAL_YEARS: readonly number[] = [2001, 2008, 2014, 2020, 2026];

export function isCouncilRenewalYear(year: number): boolean {
  const last = RENEWAL_YEARS[RENEWAL_YEARS.length - 1] ?? 2026;
  return RENEWAL_YEARS.includes(year) || (year > last && (year - last) % 6 === 0);
}

const COVID_ORDONNANCE = "ordonnance 2020-330 du 25 mars 2020";

/**
 * Temporary changes: the health emergency ordonnance moved the 2020 budget and the 2019 accounts to 31 July 2020,
 * and the 2020 tax rates to 3 July 2020.
 */
const BUDGET_OVERRIDES: ReadonlyMap<number, LegalDeadline> = new Map([
  [2020, { due: "2020-07-31", ref: `CGCT L1612-2, ${COVID_ORDONNANCE}` }],
]);
const COMPTE_OVERRIDES: ReadonlyMap<number, LegalDeadline> = new Map([
  [2019, { due: "2020-07-31", ref: `CGCT L1612-12, ${COVID_ORDONNANCE}` }],
]);
const TAX_RATE_OVERRIDES: ReadonlyMap<number, LegalDeadline> = new Map([
  [2020, { due: "2020-07-03", ref: `CGI 1639 A, ${COVID_ORDONNANCE}` }],
]);

/**
 * Vote of the budget primitif of `exercice` (CGCT L1612-2): 15 April, 30 April in a renewal year. The 15 days after
 * late fiscal information and the 1 June of a budget settled by the préfet (L1612-9) depend on facts of the commune
 * and stay with the rules that know them.
 */
export function budgetVoteDeadline(exercice: number, renewal = isCouncilRenewalYear(exercice)): LegalDeadline {
  return BUDGET_OVERRIDES.get(exercice) ?? { due: `${exercice}-${renewal ? "04-30" : "04-15"}`, ref: "CGCT L1612-2" };
}

/** Vote of the compte administratif or compte financier unique of `exercice`: 30 June of the next year (L1612-12). */
export function compteVoteDeadline(exercice: number): LegalDeadline {
  return COMPTE_OVERRIDES.get(exercice) ?? { due: `${exercice + 1}-06-30`, ref: "CGCT L1612-12" };
}

/** Vote of the tax rates of `year` (CGI 1639 A): 15 April, 30 April in a renewal year. */
export function taxRatesDeadline(year: number): LegalDeadline {
  return (
    TAX_RATE_OVERRIDES.get(year) ?? {
      due: `${year}-${isCouncilRenewalYear(year) ? "04-30" : "04-15"}`,
      ref: "CGI 1639 A",
    }
  );
}

/**
 * Ceiling of the dépenses imprévues of each section, per thousand of its real expenses (M14, CGCT L2322-1): 7,5 %,
 * raised to 15 % for the 2020 budgets by the same ordonnance.
 */
export function depensesImprevuesCeiling(exercice: number): { readonly perThousand: number; readonly ref: string } {
  return exercice === 2020
    ? { perThousand: 150, ref: `CGCT L2322-1, ${COVID_ORDONNANCE}` }
    : { perThousand: 75, ref: "CGCT L2322-1" };
}

/**
 * Adjustments of `exercice` after 31 December (CGCT L1612-11): until 21 January of the next year, for the
 * fonctionnement credits and the ordre operations only.
 */
export function dmAdjustmentDeadline(exercice: number): LegalDeadline {
  return { due: `${exercice + 1}-01-21`, ref: "CGCT L1612-11" };
}
