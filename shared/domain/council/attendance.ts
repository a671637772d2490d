import { isAlsaceMoselle, inCovidWindow } from "../common";
import { foldKey } from "../common/fold";
import type { Point, Procuration, Seance } from "./schema";

// Rules ask the same lists (members, presents) once per point: normalizing them each time made a séance's check
// quadratic. A parsed séance is never mutated, so each list's normalized names are kept as long as the list lives.
const normalizedLists = new WeakMap<readonly string[], ReadonlySet<string>>();

function normalizedSet(list: readonly string[]): ReadonlySet<string> {
  let set = normalizedLists.get(list);
  if (!set) {
    set = new Set(list.map(foldKey));
    normalizedLists.set(list, set);
  }
  return set;
}

export function includesName(list: readonly string[] | undefined, name: string): boolean {
  return list !== undefined && list.length > 0 && normalizedSet(list).has(foldKey(name));
}

export function pointPath(index: number, field?: string): string {
  return field ? `points[${index}].${field}` : `points[${index}]`;
}

export const population = (seance: Seance): number | undefined => seance.commune?.population;
export const alsaceMoselle = (seance: Seance): boolean => isAlsaceMoselle(seance.commune?.departement);

export const isCompteAdministratif = (point: Point): boolean =>
  point.kind === "compte-administratif" || point.kind === "compte-financier-unique";

/** Members present when the point was put to discussion. */
export function presentsAtPoint(seance: Seance, point: Point): number {
  return point.presentCount ?? seance.presents.length;
}

/** Non-participants who were in the room (an absent one is not counted anyway). */
export function nonParticipantsPresent(seance: Seance, point: Point): number {
  return (point.nonParticipants ?? []).filter((n) => includesName(seance.presents, n)).length;
}

/** How many proxies one member may carry on `date` (two under the COVID derogations). */
export function proxiesAllowed(date: string): number {
  return inCovidWindow(date) ? 2 : 1;
}

/**
 * Proxies that can be used on a point: written, held by a present member, for an absent mandant, within the
 * per-member limit, and void when either side may not take part in the point. A point whose room changed during the
 * séance lists its own (pouvoirs handed on leaving), already checked against that room.
 */
export function validProxies(seance: Seance, point?: Point): Procuration[] {
  if (point?.proxies)
    return point.proxies
      .filter(
        (p) => !includesName(point.nonParticipants, p.mandant) && !includesName(point.nonParticipants, p.mandataire),
      )
      .map((p) => ({ ...p, written: true }));
  const held = new Map<string, number>();
  return (seance.procurations ?? []).filter((p) => {
    if (p.written === false || !p.mandataire) return false;
    if (!includesName(seance.presents, p.mandataire) || includesName(seance.presents, p.mandant)) return false;
    if (point && (includesName(point.nonParticipants, p.mandant) || includesName(point.nonParticipants, p.mandataire)))
      return false;
    const key = foldKey(p.mandataire);
    const n = (held.get(key) ?? 0) + 1;
    held.set(key, n);
    return n <= proxiesAllowed(seance.date);
  });
}

/** Members entitled to vote on a point: presents + valid proxies − non-participants in the room. */
export function votantsAtPoint(seance: Seance, point: Point): number {
  return presentsAtPoint(seance, point) + validProxies(seance, point).length - nonParticipantsPresent(seance, point);
}

/** Who of the maire and the secrétaires de séance did not sign (PV, registre: R2121-9 since 1 July 2022). */
export function missingSignatories(seance: Seance, signedBy: readonly string[]): string[] {
  return [seance.maire, ...(seance.secretaries ?? [])].filter((n): n is string => !!n && !includesName(signedBy, n));
}
