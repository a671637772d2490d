import type { DocumentFile } from "@shared/data/drive/documents-port";
import type { MembreRecord, OuvertureRecord } from "../../app/data/ports";
import { formatParisDateTime } from "../../common/paris-time";

/** The version of a document as an avis or an « ouvert » event records it (the same three columns on both lists). */
export interface SeenVersion {
  readonly documentEmpreinte?: string;
  readonly documentVersion?: string;
  readonly documentModifieLe?: string;
}

/** What to record of the file the élu has in view: its cTag decides, the label and date are for people. */
export const seenVersionOf = (file: DocumentFile): SeenVersion & { readonly documentEmpreinte: string } => ({
  documentEmpreinte: file.cTag,
  ...(file.version ? { documentVersion: file.version } : {}),
  documentModifieLe: file.lastModified,
});

export type VersionState = "actuelle" | "anterieure" | "inconnue" | "sans-document";

/**
 * How a recorded version stands against the point's document now. The cTag changes with the content only, so a
 * change of columns (statut « relu ») does not make an avis « antérieur ». An avis recorded before the suite kept
 * versions, or without a document, is « inconnue »; with no document in the folder any more, nothing to compare.
 */
export function versionState(seen: SeenVersion, current: DocumentFile | undefined): VersionState {
  if (!seen.documentEmpreinte) return "inconnue";
  if (!current) return "sans-document";
  return seen.documentEmpreinte === current.cTag ? "actuelle" : "anterieure";
}

/** « version 2.0 du 08/12/2026 à 14:05 », or « version inconnue ». */
export function versionLabel(seen: SeenVersion): string {
  if (!seen.documentEmpreinte) return "version inconnue";
  const label = seen.documentVersion ? `version ${seen.documentVersion}` : "version sans numéro";
  return seen.documentModifieLe ? `${label} du ${formatParisDateTime(seen.documentModifieLe)}` : label;
}

export const VERSION_STATE_LABELS: Readonly<Record<VersionState, string>> = {
  actuelle: "version actuelle",
  anterieure: "version antérieure",
  inconnue: "version inconnue",
  "sans-document": "document retiré du dossier",
};

export interface Opening {
  readonly auteur: string;
  readonly record: OuvertureRecord;
  readonly state: VersionState;
}

/** Who opened which version of the point's document from the tab, latest first. */
export function openingsOf(
  ouvertures: readonly OuvertureRecord[],
  pointId: string,
  current: DocumentFile | undefined,
  membres: readonly MembreRecord[],
): Opening[] {
  const names = new Map(membres.map((m) => [m.id, m.nom]));
  return ouvertures
    .filter((o) => o.point === pointId)
    .sort((a, b) => b.ouvertLe.localeCompare(a.ouvertLe))
    .map((record) => ({
      record,
      auteur: names.get(record.membre) ?? "Élu inconnu",
      state: versionState(record, current),
    }));
}

/** Whether this élu has already recorded opening this very version (one event per élu and version). */
export const hasOpened = (
  ouvertures: readonly OuvertureRecord[],
  pointId: string,
  membreId: string,
  file: DocumentFile,
): boolean => ouvertures.some((o) => o.point === pointId && o.membre === membreId && o.documentEmpreinte === file.cTag);

/** How many avis were given on a version of the projet other than the one in the folder now. */
export const olderCount = (
  seen: readonly { readonly record: SeenVersion }[],
  current: DocumentFile | undefined,
): number => seen.filter(({ record }) => versionState(record, current) === "anterieure").length;

/** Said under the avis when some were given on an earlier version: how many, and which version is the current one. */
export function olderNote(
  seen: readonly { readonly record: SeenVersion }[],
  current: DocumentFile | undefined,
): string | undefined {
  const older = olderCount(seen, current);
  if (older === 0 || !current) return undefined;
  return `${older} avis porte(nt) sur une version antérieure du projet (version actuelle : ${versionLabel(seenVersionOf(current))}).`;
}
