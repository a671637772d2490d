import { proposeNumero } from "@shared/domain/transmission/envelope";
import type { DocumentFile } from "./drive/documents-port";
import type { Acte, DraftOf, Point, Seance } from "./schema";
import type { actes } from "./schema/lists";

/**
 * The Actes item a projet de délibération opens (issue 14): created with the projet, so that the act is followed
 * from its draft to its exécutoire status. Its client id is the point's, so a second generation (or a create retried
 * after a lost answer) collides on the unique column instead of adding a second act.
 */
export const acteClientId = (pointId: string): string => `acte-point-${pointId}`;

export interface ActeDraftContext {
  readonly seance: Pick<Seance, "id" | "commune" | "date">;
  readonly points: readonly Pick<Point, "id" | "titre">[];
  /** The commune's acts already recorded, for the numéro proposed (and to skip a point that has its act). */
  readonly actes: readonly Pick<Acte, "numero" | "point" | "commune">[];
}

/** The drafts of the acts of newly created projets; none for a point that already has its act. */
export function acteDraftsFor(
  created: readonly { readonly pointId: string; readonly file: DocumentFile }[],
  { seance, points, actes: existing }: ActeDraftContext,
): { readonly draft: DraftOf<typeof actes>; readonly clientId: string }[] {
  const year = Number(seance.date.slice(0, 4));
  const numeros = existing.filter((a) => a.commune === seance.commune).flatMap((a) => (a.numero ? [a.numero] : []));
  const drafts: { draft: DraftOf<typeof actes>; clientId: string }[] = [];
  for (const { pointId, file } of created) {
    const point = points.find((p) => p.id === pointId);
    if (!point || existing.some((a) => a.point === pointId)) continue;
    const numero = proposeNumero(year, numeros);
    numeros.push(numero);
    drafts.push({
      clientId: acteClientId(pointId),
      draft: {
        objet: point.titre,
        type: "deliberation",
        numero,
        commune: seance.commune,
        seance: seance.id,
        point: pointId,
        date: seance.date,
        natureActes: "1",
        portee: "ni_ni",
        documentActe: file.webUrl,
      },
    });
  }
  return drafts;
}
