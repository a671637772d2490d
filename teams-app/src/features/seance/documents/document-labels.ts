import type { DocumentFile } from "@shared/data/drive/documents-port";
import { DOCUMENT_KIND_LABELS } from "@shared/data/drive/library-columns";
import { parisWallClock } from "../../../common/paris-time";

/** « Projet de délibération — version 2.0 — modifié le 2026-12-08 à 14:05 par … ». */
export function documentLine(file: DocumentFile): string {
  const kind = file.columns.type ? DOCUMENT_KIND_LABELS[file.columns.type] : "Document";
  const { date, time } = parisWallClock(file.lastModified);
  const by = file.lastModifiedBy ? ` par ${file.lastModifiedBy}` : "";
  return `${kind}${file.version ? ` — version ${file.version}` : ""} — modifié le ${date} à ${time}${by}`;
}
