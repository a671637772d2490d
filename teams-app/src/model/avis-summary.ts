import type { AvisRecord, MembreRecord, PointRecord } from "../data/ports";
import { byNumero } from "./council-seance";
import { isPerson } from "./identity";

export type Position = AvisRecord["position"];

export const POSITION_LABELS: Readonly<Record<Position, string>> = {
  favorable: "Favorable",
  reserve: "Réserve",
  question: "Question",
};

export interface PointAvis {
  readonly point: PointRecord;
  readonly counts: Readonly<Record<Position, number>>;
  readonly avis: readonly { readonly record: AvisRecord; readonly auteur: string }[];
}

/** The avis gathered per point, points in agenda order, each élu's latest avis first. */
export function avisByPoint(
  points: readonly PointRecord[],
  avis: readonly AvisRecord[],
  membres: readonly MembreRecord[],
): PointAvis[] {
  const names = new Map(membres.map((m) => [m.id, m.nom]));
  return [...points].sort(byNumero).map((point) => {
    const mine = avis.filter((a) => a.point === point.id).sort((a, b) => Number(b.id) - Number(a.id));
    const counts = { favorable: 0, reserve: 0, question: 0 };
    for (const a of mine) counts[a.position] += 1;
    return {
      point,
      counts,
      avis: mine.map((record) => ({ record, auteur: names.get(record.membre) ?? "Élu inconnu" })),
    };
  });
}

/** The avis one élu left on a point, if any (an élu keeps one avis a point and edits it). */
export const avisOf = (avis: readonly AvisRecord[], pointId: string, membreId: string): AvisRecord | undefined =>
  avis.find((a) => a.point === pointId && a.membre === membreId);

/**
 * Each avis with `membre` set to its élu: the item's author (`createdBy`, which SharePoint takes from the token),
 * never the Élu column the page fills. An avis whose author is no élu of the commune (written by the secretariat,
 * or before authors were read) keeps its column, so that older items still read.
 */
export function withAuthors(avis: readonly AvisRecord[], membres: readonly MembreRecord[]): AvisRecord[] {
  const elus = membres.filter((m) => m.role === "elu");
  return avis.map((record) => {
    const author = record.createdBy && elus.find((m) => record.createdBy && isPerson(m, record.createdBy));
    return author ? { ...record, membre: author.id } : record;
  });
}
