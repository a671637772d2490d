import type { ListOf, MembreRecord, PresenceRecord, WriteOp } from "../../app/data/ports";
import { formatMoves, movesOf, withMove, withoutMove } from "./movements";
import type { StoredMove } from "./movements";

export type PresenceOp = WriteOp<ListOf<"presences">>;

export type AttendanceChange =
  | { readonly kind: "present"; readonly membre: MembreRecord; readonly present: boolean }
  /** An absent élu gives a proxy to a present one, or withdraws it (no mandataire). */
  | { readonly kind: "proxy"; readonly membre: MembreRecord; readonly mandataireId?: string }
  /** The élu comes in, or leaves (possibly handing a pouvoir), before the discussion of a point; or it is taken back. */
  | { readonly kind: "move"; readonly membre: MembreRecord; readonly move: StoredMove; readonly on: boolean }
  /** The élu does not take part in a point (intéressé), or takes part again. */
  | { readonly kind: "abstain"; readonly membre: MembreRecord; readonly pointId: string; readonly on: boolean };

/**
 * One item per séance and élu, named by this client id: two devices recording the same élu collide on the unique
 * column instead of creating two answers to one question.
 */
export const presenceClientId = (seanceId: string, membreId: string): string => `presence:${seanceId}:${membreId}`;

// The « ; » list of point ids of the PointsSansPart column; blanks a hand edit left are dropped, and an id that is no
// point of the séance is ignored where it is read (movementsOf).
const SEPARATOR = ";";
export const pointsSansPart = (p: PresenceRecord | undefined): string[] =>
  (p?.sansPart ?? "")
    .split(SEPARATOR)
    .map((id) => id.trim())
    .filter((id) => id !== "");

type PresencePatch = Partial<Omit<PresenceRecord, "id" | "eTag">>;

function patchOf(change: AttendanceChange, own: PresenceRecord | undefined): PresencePatch {
  switch (change.kind) {
    case "present":
      return { presence: change.present ? "present" : "absent", mandataire: undefined };
    case "proxy":
      return { presence: "absent", mandataire: change.mandataireId };
    case "move": {
      const moves = movesOf(own);
      const next = change.on ? withMove(moves, change.move) : withoutMove(moves, change.move);
      // The lookups of the items noted before the Mouvements column are folded into it, once.
      return {
        mouvements: formatMoves(next),
        ...(own?.arrivee ? { arrivee: undefined } : {}),
        ...(own?.depart ? { depart: undefined } : {}),
      };
    }
    case "abstain": {
      const others = pointsSansPart(own).filter((id) => id !== change.pointId);
      const ids = change.on ? [...others, change.pointId] : others;
      return { sansPart: ids.length > 0 ? ids.join(SEPARATOR) : undefined };
    }
  }
}

/** The writes that record a change of attendance; an élu marked absent loses the proxies given to them. */
export function attendanceOps(
  seanceId: string,
  presences: readonly PresenceRecord[],
  change: AttendanceChange,
): PresenceOp[] {
  const ofSeance = presences.filter((p) => p.seance === seanceId);
  const own = ofSeance.find((p) => p.membre === change.membre.id);
  const patch = patchOf(change, own);
  const ops: PresenceOp[] = [];
  if (own) ops.push({ kind: "update", id: own.id, eTag: own.eTag, patch });
  else {
    // Whoever is noted first by an arrival was not there at the opening.
    const { mandataire, mouvements, sansPart } = patch;
    ops.push({
      kind: "create",
      draft: {
        titre: change.membre.nom,
        seance: seanceId,
        membre: change.membre.id,
        presence: change.kind === "present" && change.present ? "present" : "absent",
        ...(mandataire ? { mandataire } : {}),
        ...(mouvements ? { mouvements } : {}),
        ...(sansPart ? { sansPart } : {}),
      },
      clientId: presenceClientId(seanceId, change.membre.id),
    });
  }
  if (patch.presence === "absent") {
    for (const given of ofSeance.filter((p) => p.mandataire === change.membre.id))
      ops.push({ kind: "update", id: given.id, eTag: given.eTag, patch: { mandataire: undefined } });
  }
  return ops;
}

/** Who is present at the opening and who is not, among the élus, with each one's item of the séance. */
export interface RollCall {
  readonly present: readonly MembreRecord[];
  readonly absents: readonly MembreRecord[];
  readonly stateOf: (m: MembreRecord) => PresenceRecord | undefined;
}

export function rollCall(elus: readonly MembreRecord[], presences: readonly PresenceRecord[]): RollCall {
  const stateOf = (m: MembreRecord) => presences.find((p) => p.membre === m.id);
  return {
    present: elus.filter((m) => stateOf(m)?.presence === "present"),
    absents: elus.filter((m) => stateOf(m)?.presence !== "present"),
    stateOf,
  };
}

/** « Tous présents »: every élu not yet present is marked so, in one batch. */
export const allPresentOps = (
  seanceId: string,
  presences: readonly PresenceRecord[],
  absents: readonly MembreRecord[],
): PresenceOp[] =>
  absents.flatMap((m) => attendanceOps(seanceId, presences, { kind: "present", membre: m, present: true }));

/** The arrivals, or departures, noted before the given point, with the élu each is of. */
export const movedAt = (
  elus: readonly MembreRecord[],
  presences: readonly PresenceRecord[],
  pointId: string,
  kind: StoredMove["kind"],
): { readonly membre: MembreRecord; readonly move: StoredMove }[] => {
  const { stateOf } = rollCall(elus, presences);
  return elus.flatMap((membre) =>
    movesOf(stateOf(membre))
      .filter((m) => m.kind === kind && m.pointId === pointId)
      .map((move) => ({ membre, move })),
  );
};
