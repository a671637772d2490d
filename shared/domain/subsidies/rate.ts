/** A rate in basis points: 30 % = 3000. Integers, so that "at least 20 %" is decided exactly. */
export type Bp = number;

export const FULL: Bp = 10_000;

/** part / whole ≥ bp, in exact integer arithmetic (cents × basis points can exceed 2^53). */
export function atLeast(part: number, whole: number, bp: Bp): boolean {
  return BigInt(part) * BigInt(FULL) >= BigInt(bp) * BigInt(whole);
}

/** part / whole ≤ bp, exactly. */
export function atMost(part: number, whole: number, bp: Bp): boolean {
  return BigInt(part) * BigInt(FULL) <= BigInt(bp) * BigInt(whole);
}

/** The rate part / whole, rounded to the nearest basis point; undefined for an empty whole. */
export function rateOf(part: number, whole: number): Bp | undefined {
  return whole === 0 ? undefined : Math.round((part * FULL) / whole);
}

/** "30 %", "33,33 %": how a French plan prints its rates. */
export function formatRate(bp: Bp): string {
  const units = Math.trunc(bp / 100);
  const decimals = Math.abs(bp % 100);
  return decimals === 0 ? `${units} %` : `${units},${String(decimals).padStart(2, "0").replace(/0$/, "")} %`;
}

/** bp of whole, rounded down so that "at most x %" never rejects an amount exactly at the limit. */
export function shareOf(whole: number, bp: Bp): number {
  return Number((BigInt(whole) * BigInt(bp)) / BigInt(FULL));
}
