/**
 * CGCT L2123-23 and L2123-24, scale of 2019 (loi 2019-1461, art. 92): the highest rates, in % of the indice brut
 * terminal, of the maire's and the adjoints' indemnities in communes under 3,500 inhabitants. The table holds
 * nothing above: its rates were not read by the review, so a larger commune gets no ceiling, and is told so.
 */
interface Band {
  readonly below: number;
  readonly maire: number;
  readonly adjoint: number;
}

const BANDS: readonly Band[] = [
  { below: 500, maire: 25.5, adjoint: 9.9 },
  { below: 1000, maire: 40.3, adjoint: 10.7 },
  { below: 3500, maire: 51.6, adjoint: 19.8 },
];

/** The ceilings for a population, or undefined when the table does not cover it (3,500 inhabitants and more). */
export function indemnityCeilings(
  population: number,
): { readonly maire: number; readonly adjoint: number } | undefined {
  return BANDS.find((band) => population < band.below);
}
