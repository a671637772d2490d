import type { PointRecord } from "../../app/data/ports";
import type { PendingWrite } from "../../app/data/writer";

/**
 * The number of a new point of the séance: after those stored and those still waiting to be sent, so that two
 * points added while the network is cut are not both given the same number.
 */
export function nextNumero(
  seanceId: string,
  stored: readonly Pick<PointRecord, "numero">[],
  pending: readonly PendingWrite[],
): number {
  const waiting = pending
    .filter((p) => p.list === "points" && p.values?.["seance"] === seanceId)
    .map((p) => Number(p.values?.["numero"]) || 0);
  return Math.max(0, ...stored.map((p) => p.numero), ...waiting) + 1;
}
