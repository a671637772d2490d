/** Council sizes (reference §2.5). */

// CGCT L2121-2: [lower bound of the population stratum, number of councillors].
const L2121_2: readonly (readonly [number, number])[] = [
  [300_000, 69],
  [250_000, 65],
  [200_000, 61],
  [150_000, 59],
  [100_000, 55],
  [80_000, 53],
  [60_000, 49],
  [50_000, 45],
  [40_000, 43],
  [30_000, 39],
  [20_000, 35],
  [10_000, 33],
  [5_000, 29],
  [3_500, 27],
  [2_500, 23],
  [1_500, 19],
  [500, 15],
  [100, 11],
  [0, 7],
];

/** Effectif légal of the conseil municipal for a population (CGCT L2121-2 table). */
export function effectifLegal(population: number): number {
  const stratum = L2121_2.find(([from]) => population >= from);
  return stratum ? stratum[1] : 7;
}

/** Maximum number of adjoints: 30 % of the effectif légal, rounded down (L2122-2 — unverified, status M). */
export function maxAdjoints(effectif: number): number {
  return Math.floor((effectif * 3) / 10);
}

/** From the March 2026 renewal (loi 2025-444), a council of a commune < 1 000 is "réputé complet" from this size. */
export const REPUTE_COMPLET_FROM = "2026-03-01";

/** The smallest complete council of a commune < 1 000 under loi 2025-444, or undefined above 999 inhabitants. */
export function conseilReputeComplet(population: number): number | undefined {
  if (population < 100) return 5;
  if (population < 500) return 9;
  if (population < 1000) return 13;
  return undefined;
}
