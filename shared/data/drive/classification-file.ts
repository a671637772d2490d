import type { ClassificationParse } from "@shared/domain/transmission/classification";
import { parseClassification } from "@shared/domain/transmission/classification";
import type { LibraryFiles } from "./documents-port";
import { publicationFolder } from "./publish-act";

/**
 * The commune's own classification nomenclature (its prefecture's matières and sous-matières), kept as the JSON file
 * `mairie check-act --classification` reads, in the commune's folder of the « Publications » library. A file, not a
 * list item: a multi-line text column stops at 63,999 characters where a prefecture's table can be larger, a file
 * keeps SharePoint's versions, and that library already has the grants the table needs (the Secrétariat writes,
 * every group of the site reads; the nomenclature is public data).
 */
export const CLASSIFICATION_FILE = "classification.json";
/** Ten times the national table (about 60 sous-matières) with long labels: far above any prefecture's file. */
export const CLASSIFICATION_MAX_BYTES = 256 * 1024;

/** Why a file of this size is refused before it is read, or undefined. */
export const sizeRefusal = (size: number): string | undefined =>
  size > CLASSIFICATION_MAX_BYTES
    ? `Fichier de classification trop volumineux (${Math.ceil(size / 1024)} Ko, ${CLASSIFICATION_MAX_BYTES / 1024} Ko au plus).`
    : undefined;

/** Reads a nomenclature file: its size first, then UTF-8, JSON, and the table's schema; a refusal says why, in French. */
export function readClassificationFile(bytes: Uint8Array): ClassificationParse {
  const large = sizeRefusal(bytes.length);
  if (large) return { ok: false, message: large };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: "Fichier de classification illisible : il doit être en UTF-8." };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return {
      ok: false,
      message:
        "Fichier de classification illisible : ce n'est pas du JSON (le format que lit `mairie check-act --classification`).",
    };
  }
  return parseClassification(json);
}

/** The commune's nomenclature, when it imported one; a file that no longer reads is reported, never used. */
export async function loadClassification(
  library: LibraryFiles,
  communeId: string,
): Promise<ClassificationParse | undefined> {
  const bytes = await library.downloadFrom([publicationFolder(communeId)], CLASSIFICATION_FILE);
  return bytes ? readClassificationFile(bytes) : undefined;
}

/** Stores a nomenclature that reads, replacing the previous one; a refused file is never stored. */
export async function saveClassification(
  library: LibraryFiles,
  communeId: string,
  bytes: Uint8Array,
): Promise<ClassificationParse> {
  const read = readClassificationFile(bytes);
  if (read.ok)
    await library.uploadTo([publicationFolder(communeId)], CLASSIFICATION_FILE, bytes, { conflict: "replace" });
  return read;
}
