import { checkQuorum } from "../common";
import type { QuorumResult } from "../common";
import { foldKey } from "../common/fold";
import { proxiesAllowed } from "./attendance";

/**
 * One élu's presence over a séance, as the secretary notes it in the room. Points are counted by their index in the
 * order of the agenda; an arrival or a departure is tied to the point whose discussion it precedes.
 */
export interface MemberMovements {
  readonly member: string;
  readonly presentAtOpening: boolean;
  /** Arrived during the séance, before the discussion of this point. */
  readonly arrivedBefore?: number;
  /** Left during the séance, before the discussion of this point. */
  readonly leftBefore?: number;
  /** The present member an absent one gave a written proxy to (L2121-20). */
  readonly mandataire?: string;
  /** Points the member does not take part in (intéressé, the maire for the compte administratif). */
  readonly nonParticipating?: readonly number[];
}

/** The room when a point is put to discussion. */
export interface PointAttendance {
  /** Members physically present, in the order given. */
  readonly presents: readonly string[];
  /** Members present who do not take part in this point. */
  readonly nonParticipants: readonly string[];
  /** Proxies that vote on this point: mandant absent, holder present and taking part. */
  readonly proxies: readonly { readonly mandant: string; readonly mandataire: string }[];
  /** L2121-17: the majority of the members en exercice, physically present; proxies never count. */
  readonly quorum: QuorumResult;
  /** Presents taking part + proxies usable on the point: the « pour » of a unanimous vote. */
  readonly votants: number;
}

/**
 * Whether a member is in the room at a point: the latest of the opening, the arrival and the departure that come
 * before it decides (a member may leave and come back). Arriving and leaving before the same point reads as leaving.
 */
export function presentAtPoint(m: MemberMovements, index: number): boolean {
  const arrived = m.arrivedBefore !== undefined && m.arrivedBefore <= index ? m.arrivedBefore : -1;
  const left = m.leftBefore !== undefined && m.leftBefore <= index ? m.leftBefore : -1;
  if (arrived < 0 && left < 0) return m.presentAtOpening;
  return arrived > left;
}

export interface PointAttendanceOptions {
  /** Seats actually filled. */
  readonly enExercice: number;
  /** The séance's date (ISO): how many proxies one member may carry depends on it. */
  readonly date: string;
}

/** Presence, non-participation, quorum and votants at the point of index `index` of the agenda. */
export function attendanceAtPoint(
  members: readonly MemberMovements[],
  index: number,
  options: PointAttendanceOptions,
): PointAttendance {
  const here = members.filter((m) => presentAtPoint(m, index));
  const takesPart = (m: MemberMovements) => !(m.nonParticipating ?? []).includes(index);
  const nonParticipants = here.filter((m) => !takesPart(m)).map((m) => m.member);
  const voters = new Set(here.filter(takesPart).map((m) => foldKey(m.member)));
  const carried = new Map<string, number>();
  const proxies = members.flatMap((m) => {
    if (!m.mandataire || presentAtPoint(m, index) || !takesPart(m)) return [];
    const holder = foldKey(m.mandataire);
    if (!voters.has(holder)) return [];
    const n = (carried.get(holder) ?? 0) + 1;
    carried.set(holder, n);
    return n <= proxiesAllowed(options.date) ? [{ mandant: m.member, mandataire: m.mandataire }] : [];
  });
  const quorum = checkQuorum({
    enExercice: options.enExercice,
    presents: here.length,
    nonParticipants: nonParticipants.length,
  });
  return {
    presents: here.map((m) => m.member),
    nonParticipants,
    proxies,
    quorum,
    votants: voters.size + proxies.length,
  };
}

/** Whether anyone came or went before this point: only then does the point's attendance differ from the opening's. */
export function movedBefore(members: readonly MemberMovements[], index: number): boolean {
  return members.some((m) => presentAtPoint(m, index) !== m.presentAtOpening);
}
