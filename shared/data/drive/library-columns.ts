import { TEXT_MAX_LENGTH } from "../schema/columns";
import type { ColumnDefinition } from "../schema/column-definitions";

/**
 * The columns of the commune's document library (« Documents »), which both the Graph client and the embedded store
 * know: each generated file says which séance and point it belongs to, what it is and where it stands. Internal
 * names are SharePoint's and stable; `mairie provision` creates them (docs/documents.md).
 */

export const DOCUMENT_KINDS = [
  "convocation",
  "projet-deliberation",
  "liste-deliberations",
  "proces-verbal",
  "feuillet-cloture",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  convocation: "Convocation",
  "projet-deliberation": "Projet de délibération",
  "liste-deliberations": "Liste des délibérations",
  "proces-verbal": "Procès-verbal",
  "feuillet-cloture": "Feuillet de clôture",
};

/** « brouillon » as generated, « relu » once the secretary has reviewed it, « definitif » once signed. */
export const DOCUMENT_STATUSES = ["brouillon", "relu", "definitif"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const LIBRARY_COLUMNS = {
  seance: { name: "Seance", displayName: "Séance", kind: "text" },
  point: { name: "Point", displayName: "Point", kind: "text" },
  type: { name: "TypeDocument", displayName: "Type de document", kind: "choice", choices: DOCUMENT_KINDS },
  statut: { name: "Statut", displayName: "Statut", kind: "choice", choices: DOCUMENT_STATUSES },
  // The cTag of the content the suite generated: a different cTag now means someone edited the file since.
  generatedCTag: { name: "EmpreinteGeneree", displayName: "Empreinte du document généré", kind: "text" },
} as const;

/** The site's default document library, as its list is named in a French site (`GET /sites/{id}/drive/list`). */
export const LIBRARY_DISPLAY_NAME = "Documents";

/** The library's columns as Graph columnDefinitions: what `mairie provision` creates and `--check` reads back. */
export function libraryColumnDefinitions(): ColumnDefinition[] {
  return Object.values(LIBRARY_COLUMNS).map((column) => ({
    name: column.name,
    displayName: column.displayName,
    required: false,
    indexed: false,
    enforceUniqueValues: false,
    ...(column.kind === "choice"
      ? { choice: { choices: [...column.choices], allowTextEntry: false, displayAs: "dropDownMenu" as const } }
      : { text: { allowMultipleLines: false, maxLength: TEXT_MAX_LENGTH } }),
  }));
}

/** SharePoint's own fields of a library item that a client may read but not write. */
export const READ_ONLY_FIELDS = ["FileLeafRef", "_UIVersionString", "Created", "Modified", "id"] as const;

/** Characters SharePoint refuses in a file or folder name. */
export const FORBIDDEN_NAME_CHARACTERS = /["*:<>?/\\|#%]/;
export const MAX_NAME_LENGTH = 255;

/** The séance folders of the library: `Séances/Séance 12`, stable whatever the séance's date or title becomes. */
export const SEANCES_FOLDER = "Séances";
export const seanceFolderName = (seanceId: string): string => `Séance ${seanceId}`;
export const SEANCE_FOLDER_PATTERN = /^Séance (\d+)$/i;
