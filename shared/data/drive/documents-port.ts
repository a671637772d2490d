import type { DocumentKind, DocumentStatus } from "./library-columns";

/** The library's columns of one file, as the suite reads and writes them. */
export interface DocumentColumns {
  readonly seance?: string;
  readonly point?: string;
  readonly type?: DocumentKind;
  readonly statut?: DocumentStatus;
  /** The cTag of the content the suite generated (to tell an edited document from the generated one). */
  readonly generatedCTag?: string;
}

/** A file of the commune's document library. */
export interface DocumentFile {
  readonly id: string;
  readonly name: string;
  /** Changes with any change (content, name, columns): the If-Match of a replacement. */
  readonly eTag: string;
  /** Changes with the content only. */
  readonly cTag: string;
  /** Opens the file in Word for the web (or the desktop app, as the tenant is set). */
  readonly webUrl: string;
  readonly size: number;
  readonly lastModified: string;
  readonly lastModifiedBy?: string;
  /** SharePoint's version label (« 3.0 »), when the library keeps versions. */
  readonly version?: string;
  readonly columns: DocumentColumns;
}

/** What a name collision does on upload: Graph's `@microsoft.graph.conflictBehavior`. */
export type ConflictBehavior = "fail" | "replace" | "rename";

export interface UploadOptions {
  readonly conflict: ConflictBehavior;
  /** Replace only the version read (eTag or cTag); otherwise `DocumentChangedError`. */
  readonly ifMatch?: string;
}

/**
 * The séance documents in the commune's library: a folder per séance. Every method is one Graph request, except an
 * upload above the simple-upload limit (an upload session and its fragments).
 */
export interface DocumentsPort {
  /** The files of a séance's folder with their columns; empty when the folder does not exist yet. */
  listSeance(seanceId: string): Promise<DocumentFile[]>;
  /** The file with its columns, by id. */
  get(id: string): Promise<DocumentFile>;
  /** Stores the file in the séance's folder (created on the way). */
  upload(seanceId: string, name: string, bytes: Uint8Array, options: UploadOptions): Promise<DocumentFile>;
  /** Sets the columns of several files in one request ($batch); the outcome of each, in order. */
  setColumns(
    updates: readonly { readonly id: string; readonly columns: DocumentColumns }[],
  ): Promise<readonly (Error | undefined)[]>;
  download(id: string): Promise<Uint8Array>;
  remove(id: string, eTag?: string): Promise<void>;
}

/** A document library the suite uses by folder path: the « Publications » library of the commune's site. */
export interface LibraryFiles {
  /** Stores the file under `folder` (created on the way); one Graph request up to the simple-upload limit. */
  uploadTo(folder: readonly string[], name: string, bytes: Uint8Array, options: UploadOptions): Promise<DocumentFile>;
  /** The file's bytes by path, one Graph request; undefined when there is no such file. */
  downloadFrom(folder: readonly string[], name: string): Promise<Uint8Array | undefined>;
}
