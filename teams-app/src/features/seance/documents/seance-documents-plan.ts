import type { DocumentFile } from "@shared/data/drive/documents-port";
import type { PublishOutcome } from "@shared/data/drive/publish-documents";
import type { PlannedDocument } from "@shared/documents";

export type Stage = "preparation" | "apres";

/** The documents made before the séance (convocation, projets) and those made after it. */
export const stageOf = (file: DocumentFile): Stage =>
  file.columns.type === "convocation" || file.columns.type === "projet-deliberation" ? "preparation" : "apres";

/** The planned document a file of the library was made from: same kind, same point. */
export const plannedFor = (file: DocumentFile, planned: readonly PlannedDocument[]): PlannedDocument | undefined =>
  planned.find((d) => d.spec.kind === file.columns.type && (d.spec.pointId ?? "") === (file.columns.point ?? ""));

/** Nothing starts while a generation runs; the documents after the séance wait until it was held (someone present). */
export const canGenerate = (stage: Stage, busy: boolean, held: boolean): boolean =>
  !busy && (stage === "preparation" || held);

/** Only a document the suite generated, whose type column says from what, can be made again. */
export const canRegenerate = (file: DocumentFile, busy: boolean): boolean => !busy && Boolean(file.columns.type);

/** What a generation did, in French; a failed document makes the whole of it an error naming each failure. */
export function publishSummary(outcomes: readonly PublishOutcome[]): { readonly ok: boolean; readonly text: string } {
  const failed = outcomes.flatMap((o) => (o.status === "failed" ? [`${o.fileName} : ${o.error.message}`] : []));
  if (failed.length > 0) return { ok: false, text: failed.join(" ") };
  const created = outcomes.filter((o) => o.status === "created").length;
  const kept = outcomes.filter((o) => o.status === "exists").length;
  return {
    ok: true,
    text: `${created} document(s) créé(s)${kept > 0 ? `, ${kept} déjà présent(s) laissé(s) tel(s) quel(s) (« Régénérer » pour les refaire)` : ""}.`,
  };
}
