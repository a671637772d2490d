import type { DocumentFile } from "@shared/data/drive/documents-port";
import { countOf } from "@shared/ui/i18n/typography";
import type { AvisRecord, PointRecord } from "../../app/data/ports";
import { avisOf } from "./avis-summary";
import { seenVersionOf, versionLabel, versionState } from "./document-versions";
import type { SeenVersion } from "./document-versions";

/** The point's projet in the séance's folder, as the élu has it in view. */
export const projetOf = (files: readonly DocumentFile[], pointId: string): DocumentFile | undefined =>
  files.find((f) => f.columns.type === "projet-deliberation" && f.columns.point === pointId);

/** The version of the point's projet an avis given now is given on; none without a projet in the folder. */
export const seenOf =
  (files: readonly DocumentFile[]) =>
  (pointId: string): SeenVersion => {
    const file = projetOf(files, pointId);
    return file ? seenVersionOf(file) : {};
  };

/** The version the élu's saved avis was given on, when the projet has changed since. */
export const olderVersionOf = (mine: AvisRecord | undefined, file: DocumentFile | undefined): string | undefined =>
  mine && versionState(mine, file) === "anterieure" ? versionLabel(mine) : undefined;

/** Per point, the id and eTag of the élu's saved avis (empty when none): a new one replaces what the form shows. */
export const avisVersions = (points: readonly PointRecord[], avis: readonly AvisRecord[], membreId: string): string[] =>
  points.map((p) => {
    const mine = avisOf(avis, p.id, membreId);
    return mine ? `${mine.id}:${mine.eTag}` : "";
  });

/** The points whose saved avis changed since `shown`; a point whose avis is gone keeps the élu's answer. */
export const changedPoints = (
  points: readonly PointRecord[],
  versions: readonly string[],
  shown: readonly string[],
): PointRecord[] => points.filter((_p, i) => versions[i] !== "" && versions[i] !== shown[i]);

/** What the form says once the batch is written, or partly kept in the outbox. */
export const savedNotice = (written: number, pending: number): string =>
  pending === 0
    ? `${countOf(written, "avis enregistré")}.`
    : `${countOf(pending, "avis gardé", "avis gardés")} en attente d'envoi.`;

export const saveLabel = (writes: number): string =>
  writes > 1 ? `Enregistrer mes avis (${writes})` : "Enregistrer mes avis";
