import type { DocumentColumns, DocumentFile, DocumentsPort, UploadOptions } from "@shared/data/drive/documents-port";
import { DocumentChangedError, DocumentExistsError } from "@shared/data/drive/graph-documents";
import { NotFoundError } from "@shared/data/graph/errors";

interface Stored {
  file: DocumentFile;
  seanceId: string;
  bytes: Uint8Array;
}

/** An in-memory library with Graph's rules the pages rely on: conflictBehavior, If-Match, cTag for content only. */
export class FakeDocuments implements DocumentsPort {
  private readonly files = new Map<string, Stored>();
  private next = 1;

  listSeance(seanceId: string): Promise<DocumentFile[]> {
    return Promise.resolve([...this.files.values()].filter((s) => s.seanceId === seanceId).map((s) => s.file));
  }

  get(id: string): Promise<DocumentFile> {
    const stored = this.files.get(id);
    return stored ? Promise.resolve(stored.file) : Promise.reject(new NotFoundError("Introuvable.", 404));
  }

  upload(seanceId: string, name: string, bytes: Uint8Array, options: UploadOptions): Promise<DocumentFile> {
    const existing = [...this.files.values()].find((s) => s.seanceId === seanceId && s.file.name === name);
    if (options.ifMatch && options.ifMatch !== existing?.file.eTag && options.ifMatch !== existing?.file.cTag)
      return Promise.reject(new DocumentChangedError());
    if (existing && options.conflict === "fail") return Promise.reject(new DocumentExistsError(name));
    const id = existing?.file.id ?? `f${this.next++}`;
    const version = existing ? Number(existing.file.version ?? "1") + 1 : 1;
    const file: DocumentFile = {
      id,
      name,
      eTag: `"e${id}-${version}-0"`,
      cTag: `"c${id}-${version}"`,
      webUrl: `https://contoso.sharepoint.com/sites/mairie/Documents/${encodeURIComponent(name)}`,
      size: bytes.length,
      lastModified: "2026-12-01T10:00:00Z",
      version: `${version}.0`,
      columns: existing?.file.columns ?? {},
    };
    this.files.set(id, { file, seanceId, bytes });
    return Promise.resolve(file);
  }

  setColumns(updates: readonly { id: string; columns: DocumentColumns }[]): Promise<(Error | undefined)[]> {
    return Promise.resolve(
      updates.map(({ id, columns }) => {
        const stored = this.files.get(id);
        if (!stored) return new NotFoundError("Introuvable.", 404);
        stored.file = { ...stored.file, eTag: `${stored.file.eTag}+`, columns: { ...stored.file.columns, ...columns } };
        return undefined;
      }),
    );
  }

  download(id: string): Promise<Uint8Array> {
    const stored = this.files.get(id);
    return stored ? Promise.resolve(stored.bytes) : Promise.reject(new NotFoundError("Introuvable.", 404));
  }

  remove(id: string): Promise<void> {
    this.files.delete(id);
    return Promise.resolve();
  }
}
