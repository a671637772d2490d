import type { ListOf, MembreRecord, PresenceRecord, WriteOp } from "../data/ports";

export type PresenceOp = WriteOp<ListOf<"presences">>;

export type AttendanceChange =
  | { readonly kind: "present"; readonly membre: MembreRecord; readonly present: boolean }
  /** An absent élu gives a proxy to a present one, or withdraws it (no mandataire). */
  | { readonly kind: "proxy"; readonly membre: MembreRecord; readonly mandataireId?: string };

/**
 * One item per séance and élu, named by this client id: two devices recording the same élu collide on the unique
 * column instead of creating two answers to one question.
 */
export const presenceClientId = (seanceId: string, membreId: string): string => `presence:${seanceId}:${membreId}`;

/** The writes that record a change of attendance; an élu marked absent loses the proxies given to them. */
export function attendanceOps(
  seanceId: string,
  presences: readonly PresenceRecord[],
  change: AttendanceChange,
): PresenceOp[] {
  const ofSeance = presences.filter((p) => p.seance === seanceId);
  const own = ofSeance.find((p) => p.membre === change.membre.id);
  const presence = change.kind === "present" && change.present ? "present" : "absent";
  const mandataire = change.kind === "proxy" ? change.mandataireId : undefined;
  const ops: PresenceOp[] = [
    own
      ? { kind: "update", id: own.id, eTag: own.eTag, patch: { presence, mandataire } }
      : {
          kind: "create",
          draft: {
            titre: change.membre.nom,
            seance: seanceId,
            membre: change.membre.id,
            presence,
            ...(mandataire ? { mandataire } : {}),
          },
          clientId: presenceClientId(seanceId, change.membre.id),
        },
  ];
  if (presence === "absent") {
    for (const given of ofSeance.filter((p) => p.mandataire === change.membre.id))
      ops.push({ kind: "update", id: given.id, eTag: given.eTag, patch: { mandataire: undefined } });
  }
  return ops;
}
