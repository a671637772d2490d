import type { AVIS_CHOICES } from "@shared/data/schema";
import type { AvisRecord, ListOf, MembreRecord, PointRecord, WriteOp } from "../../app/data/ports";
import { byNumero } from "../seance/council-seance";
import type { SeenVersion } from "./document-versions";
import { isPerson } from "../../common/identity";

export type Position = (typeof AVIS_CHOICES)[number];

export const POSITION_LABELS: Readonly<Record<Position, string>> = {
  favorable: "Favorable",
  defavorable: "Défavorable",
  reserve: "Réserve",
  question: "Question",
};

/** The answer of an avis: its Avis column, else the Position of the avis given before that column existed. */
export const positionOf = (a: AvisRecord): Position => a.choix ?? a.position;

/** The old Position column has no « défavorable »: it reads there as a réserve, never as an agreement. */
export const legacyPosition = (p: Position): AvisRecord["position"] => (p === "defavorable" ? "reserve" : p);

/** An information point (communication, compte rendu) is heard, not voted: the élus are not asked an avis on it. */
export const asksAvis = (point: PointRecord): boolean => point.nature !== "information";

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
    const counts = { favorable: 0, defavorable: 0, reserve: 0, question: 0 };
    for (const a of mine) counts[positionOf(a)] += 1;
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

/**
 * One avis per élu and point: saving again while the first is still waiting, or from a second device, meets the
 * unique client id instead of storing a second avis.
 */
export const avisClientId = (pointId: string, membreId: string): string => `avis:${pointId}:${membreId}`;

/** What the élu has chosen and typed on one point, before saving. */
export interface AvisDraft {
  readonly position: Position | "";
  readonly commentaire: string;
}

export const draftOf = (mine: AvisRecord | undefined): AvisDraft => ({
  position: mine ? positionOf(mine) : "",
  commentaire: mine?.commentaire ?? "",
});

/** Bound of the Commentaire the form accepts: a note, not a letter. */
export const COMMENTAIRE_MAX_LENGTH = 2000;

/**
 * The writes of one élu's avis on a séance, in one batch: a create for a point answered the first time, an update
 * (with its eTag) for an answer changed, nothing for a point left without a position or unchanged.
 */
export function avisOps(
  points: readonly PointRecord[],
  avis: readonly AvisRecord[],
  membreId: string,
  drafts: Readonly<Record<string, AvisDraft>>,
  seen: (pointId: string) => SeenVersion = () => ({}),
): WriteOp<ListOf<"avis">>[] {
  return points.filter(asksAvis).flatMap((point): WriteOp<ListOf<"avis">>[] => {
    const draft = drafts[point.id];
    if (!draft?.position) return [];
    const mine = avisOf(avis, point.id, membreId);
    const commentaire = draft.commentaire.trim().slice(0, COMMENTAIRE_MAX_LENGTH);
    const stored = draftOf(mine);
    if (mine && stored.position === draft.position && stored.commentaire.trim() === commentaire) return [];
    // The version of the point's projet the élu has in view; with none, the columns are emptied so that an earlier
    // version is not claimed for this avis.
    const version = seen(point.id);
    const values = {
      titre: (commentaire || POSITION_LABELS[draft.position]).slice(0, 80),
      position: legacyPosition(draft.position),
      choix: draft.position,
      commentaire,
      documentEmpreinte: version.documentEmpreinte,
      documentVersion: version.documentVersion,
      documentModifieLe: version.documentModifieLe,
    };
    return [
      mine
        ? { kind: "update", id: mine.id, eTag: mine.eTag, patch: values }
        : {
            kind: "create",
            draft: { ...values, seance: point.seance, point: point.id, membre: membreId },
            clientId: avisClientId(point.id, membreId),
          },
    ];
  });
}
