import type { FunderKind } from "./plan";
import type { Bp } from "./rate";

export interface RateBound {
  readonly minBp?: Bp;
  readonly maxBp?: Bp;
  /** Where the bound comes from, printed in the finding: "CGCT R2334-27", "circulaire DETR 2025 de la Creuse". */
  readonly source: string;
}

export type RateBounds = Readonly<Partial<Record<FunderKind, RateBound>>>;

/**
 * Bounds set by each prefecture's DETR/DSIL circular or each funder's rules override the national defaults:
 * `default` for every département, `byDepartement["23"]` for one. A kind's bound replaces the default whole.
 */
export interface BoundsConfig {
  readonly default?: RateBounds;
  readonly byDepartement?: Readonly<Record<string, RateBounds>>;
}

const R2334_27 = "CGCT R2334-27";

/** Only the bounds the catalog states (budget-rules.json PF-03, budget-rules.md C.2-C.3). */
export const DEFAULT_RATE_BOUNDS: RateBounds = {
  detr: { minBp: 2000, maxBp: 8000, source: R2334_27 },
  dsil: { maxBp: 8000, source: R2334_27 },
  dpv: { maxBp: 8000, source: R2334_27 },
  dsid: { maxBp: 8000, source: R2334_27 },
  "fonds-vert": { maxBp: 8000, source: "circulaire du 14/12/2022 (cahiers d'accompagnement du fonds vert)" },
};

/** DETR, DSIL, DPV and DSID together: at most 80 % of the HT dépense subventionnable (R2334-27). */
export const STATE_DOTATIONS_CAP_BP: Bp = 8000;
/** All public aid together: at most the dépense subventionnable (décret 2018-514 art. 10). */
export const PUBLIC_AID_CAP_BP: Bp = 10_000;

export function resolveBounds(config: BoundsConfig | undefined, departement: string | undefined): RateBounds {
  const local = departement === undefined ? undefined : config?.byDepartement?.[departement];
  return { ...DEFAULT_RATE_BOUNDS, ...config?.default, ...local };
}
