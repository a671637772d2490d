import { addDays, daysBetween } from "./iso-date";
import { isAlsaceMoselle, SEUIL_3500 } from "./thresholds";

/**
 * Jours francs between sending a convocation and the meeting: both days excluded, every calendar day in between
 * counts (weekends and public holidays included, art. 642 CPC does not extend it) — reference §2.1.
 */
export function clearDaysBetween(sentIso: string, seanceIso: string): number {
  return daysBetween(sentIso, seanceIso) - 1;
}

export interface ConvocationParams {
  /** Population totale; unknown population is read as a small commune (the lower, never over-strict, delay). */
  readonly population?: number;
  readonly urgence?: boolean;
  readonly departement?: string;
  /** First meeting after a general renewal (L2121-7 al. 2): 3 jours francs in every commune. */
  readonly premiereReunion?: boolean;
  /** Convocation after a first meeting without quorum (L2121-17 al. 2): at least 3 days, even in urgency. */
  readonly secondeConvocation?: boolean;
}

export interface ConvocationRequirement {
  /** Minimum number of jours francs between sending and the meeting. */
  readonly days: number;
  /** Short legal reference of the delay applied ("CGCT L2121-11"). */
  readonly ref: string;
}

/** The convocation delay that applies, and the article it comes from. */
export function convocationRequirement(params: ConvocationParams): ConvocationRequirement {
  const base = baseRequirement(params);
  if (params.secondeConvocation && !isAlsaceMoselle(params.departement) && base.days < 3) {
    return { days: 3, ref: "CGCT L2121-17" };
  }
  return base;
}

function baseRequirement(p: ConvocationParams): ConvocationRequirement {
  // L2541-2: "trois jours au moins … en cas d'urgence, la veille" (la veille = no full day in between).
  if (isAlsaceMoselle(p.departement)) return { days: p.urgence ? 0 : 3, ref: "CGCT L2541-2" };
  const large = (p.population ?? 0) >= SEUIL_3500;
  if (p.urgence) return { days: 1, ref: large ? "CGCT L2121-12" : "CGCT L2121-11" };
  if (p.premiereReunion) return { days: 3, ref: "CGCT L2121-7" };
  return large ? { days: 5, ref: "CGCT L2121-12" } : { days: 3, ref: "CGCT L2121-11" };
}

/** Minimum number of jours francs required between sending the convocation and the meeting. */
export function requiredConvocationDays(params: ConvocationParams): number {
  return convocationRequirement(params).days;
}

/** The last day on which the convocation can be sent for a meeting on `seanceIso`. */
export function latestSendingDate(seanceIso: string, params: ConvocationParams): string {
  return addDays(seanceIso, -(requiredConvocationDays(params) + 1));
}
