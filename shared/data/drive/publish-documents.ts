import type { DocumentSpec, PlannedDocument } from "@shared/documents";
import { renderDocx } from "@shared/documents";
import type { WriteOutcome } from "../graph/repository";
import type { WriteOp } from "../graph/write-ops";
import { acteDraftsFor } from "../acte-drafts";
import type { ActeDraftContext } from "../acte-drafts";
import type { actes, points } from "../schema/lists";
import type { DocumentColumns, DocumentFile, DocumentsPort } from "./documents-port";
import { DocumentExistsError } from "./graph-documents";

/** Where a point's projet link is written: the tab's or the data layer's points repository. */
export interface PointLinks {
  writeMany(ops: readonly WriteOp<typeof points>[]): Promise<WriteOutcome<typeof points>[]>;
}

/** Where the acts of new projets are recorded, and what their drafts are made of (issue 14). */
export interface ActeRecords extends ActeDraftContext {
  writeMany(ops: readonly WriteOp<typeof actes>[]): Promise<WriteOutcome<typeof actes>[]>;
}

export type PublishOutcome =
  | { readonly status: "created"; readonly fileName: string; readonly file: DocumentFile }
  /** Already in the folder: never overwritten here; regenerate it on request. */
  | { readonly status: "exists"; readonly fileName: string }
  | { readonly status: "failed"; readonly fileName: string; readonly error: Error };

const columnsOf = (spec: DocumentSpec, file: DocumentFile): DocumentColumns => ({
  seance: spec.seanceId,
  ...(spec.pointId ? { point: spec.pointId } : {}),
  type: spec.kind,
  statut: "brouillon",
  generatedCTag: file.cTag,
});

/**
 * Stores newly generated documents in the séance's folder: one upload each (never over an existing file), then one
 * request for all their columns, one for the points' links to their projet and, when `acteRecords` is given, one
 * for the acts the new projets open. So a séance of n documents costs n + 3 Graph requests at most.
 */
export async function publishDocuments(
  port: DocumentsPort,
  pointLinks: PointLinks,
  planned: readonly PlannedDocument[],
  pointETags: Readonly<Record<string, string>>,
  acteRecords?: ActeRecords,
): Promise<PublishOutcome[]> {
  const outcomes: PublishOutcome[] = [];
  for (const { spec, fileName } of planned) {
    try {
      const file = await port.upload(spec.seanceId, fileName, await renderDocx(spec), { conflict: "fail" });
      outcomes.push({ status: "created", fileName, file });
    } catch (error) {
      if (error instanceof DocumentExistsError) outcomes.push({ status: "exists", fileName });
      else outcomes.push({ status: "failed", fileName, error: error as Error });
    }
  }
  const created = planned.flatMap((doc, index) => {
    const outcome = outcomes[index];
    return outcome?.status === "created" ? [{ spec: doc.spec, file: outcome.file }] : [];
  });
  await port.setColumns(created.map(({ spec, file }) => ({ id: file.id, columns: columnsOf(spec, file) })));
  const links = created.flatMap(({ spec, file }) => {
    const eTag = spec.pointId ? pointETags[spec.pointId] : undefined;
    return spec.pointId && eTag
      ? [{ kind: "update" as const, id: spec.pointId, eTag, patch: { projetActe: file.webUrl } }]
      : [];
  });
  if (links.length > 0) await pointLinks.writeMany(links);
  if (acteRecords) {
    const projets = created.flatMap(({ spec, file }) =>
      spec.kind === "projet-deliberation" && spec.pointId ? [{ pointId: spec.pointId, file }] : [],
    );
    const drafts = acteDraftsFor(projets, acteRecords);
    if (drafts.length > 0) await acteRecords.writeMany(drafts.map((d) => ({ kind: "create" as const, ...d })));
  }
  return outcomes;
}

export type RegenerateOutcome =
  | { readonly status: "replaced"; readonly file: DocumentFile }
  /** Edited since it was generated: the caller asks « Le document a été modifié depuis : le remplacer ? ». */
  | { readonly status: "edited"; readonly file: DocumentFile };

/** True when the file's content is no longer what the suite generated (someone edited it in Word). */
export const editedSinceGenerated = (file: DocumentFile): boolean =>
  file.columns.generatedCTag === undefined || file.columns.generatedCTag !== file.cTag;

/**
 * Regenerates one document on request. An edited document is replaced only when `replaceEdited` says the user
 * agreed; the replacement carries If-Match, so an edit made meanwhile is never overwritten either.
 */
export async function regenerateDocument(
  port: DocumentsPort,
  doc: PlannedDocument,
  existingId: string,
  replaceEdited: boolean,
): Promise<RegenerateOutcome> {
  const current = await port.get(existingId);
  if (editedSinceGenerated(current) && !replaceEdited) return { status: "edited", file: current };
  const file = await port.upload(doc.spec.seanceId, current.name, await renderDocx(doc.spec), {
    conflict: "replace",
    ifMatch: current.eTag,
  });
  const [error] = await port.setColumns([{ id: file.id, columns: columnsOf(doc.spec, file) }]);
  if (error) throw error;
  return { status: "replaced", file: { ...file, columns: columnsOf(doc.spec, file) } };
}
