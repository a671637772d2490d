import { z } from "zod";
import { runBatch } from "../graph/batch";
import type { GraphConnection } from "../graph/create-graph-client";
import { DataError, errorFromResponse } from "../graph/errors";
import type { GraphAnswer, GraphCall } from "../graph/transport";
import { send } from "../graph/transport";
import type { DocumentColumns, DocumentFile, DocumentsPort, LibraryFiles, UploadOptions } from "./documents-port";
import { getBytes, putBytes, putFragment } from "./drive-transport";
import {
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  LIBRARY_COLUMNS,
  SEANCES_FOLDER,
  seanceFolderName,
} from "./library-columns";

/** Above this, a file goes through an upload session (Microsoft's advice for the simple PUT is small files). */
export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;
/** A multiple of 320 KiB, as Graph requires of every fragment but the last. */
export const FRAGMENT_SIZE = 10 * 320 * 1024;

/** The file was changed since the version the caller read: its bytes are kept, nothing was overwritten. */
export class DocumentChangedError extends DataError {
  override readonly name = "DocumentChangedError";
  constructor() {
    super("Le document a été modifié depuis : le remplacer ?", 412, "resourceModified");
  }
}

export class DocumentExistsError extends DataError {
  override readonly name = "DocumentExistsError";
  constructor(name: string) {
    super(`Le document « ${name} » existe déjà dans le dossier de la séance.`, 409, "nameAlreadyExists");
  }
}

const optionalText = z
  .string()
  .nullish()
  .transform((v) => v ?? undefined);

const fieldsSchema = z
  .object({
    _UIVersionString: optionalText,
    [LIBRARY_COLUMNS.seance.name]: optionalText,
    [LIBRARY_COLUMNS.point.name]: optionalText,
    [LIBRARY_COLUMNS.type.name]: z.enum(DOCUMENT_KINDS).nullish().catch(undefined),
    [LIBRARY_COLUMNS.statut.name]: z.enum(DOCUMENT_STATUSES).nullish().catch(undefined),
    [LIBRARY_COLUMNS.generatedCTag.name]: optionalText,
  })
  .loose();

const driveItemSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  eTag: z.string().min(1),
  cTag: z.string().default(""),
  webUrl: z.url(),
  size: z.number().nonnegative().default(0),
  lastModifiedDateTime: z.string(),
  lastModifiedBy: z.object({ user: z.object({ displayName: z.string().optional() }).optional() }).optional(),
  file: z.looseObject({}).optional(),
  listItem: z.object({ fields: fieldsSchema.optional() }).optional(),
});

type Fields = z.infer<typeof fieldsSchema>;

function columnsOf(fields: Fields | undefined): DocumentColumns {
  if (!fields) return {};
  const text = (name: string) => {
    const value = fields[name];
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const seance = text(LIBRARY_COLUMNS.seance.name);
  const point = text(LIBRARY_COLUMNS.point.name);
  const type = DOCUMENT_KINDS.find((k) => k === fields[LIBRARY_COLUMNS.type.name]);
  const statut = DOCUMENT_STATUSES.find((s) => s === fields[LIBRARY_COLUMNS.statut.name]);
  const generatedCTag = text(LIBRARY_COLUMNS.generatedCTag.name);
  return {
    ...(seance ? { seance } : {}),
    ...(point ? { point } : {}),
    ...(type ? { type } : {}),
    ...(statut ? { statut } : {}),
    ...(generatedCTag ? { generatedCTag } : {}),
  };
}

/** A driveItem read from Graph, validated; a folder or a malformed entry gives undefined. */
export function toDocumentFile(raw: unknown): DocumentFile | undefined {
  const parsed = driveItemSchema.safeParse(raw);
  if (!parsed.success || !parsed.data.file) return undefined;
  const item = parsed.data;
  const fields = item.listItem?.fields;
  const by = item.lastModifiedBy?.user?.displayName;
  const version = fields?._UIVersionString;
  return {
    id: item.id,
    name: item.name,
    eTag: item.eTag,
    cTag: item.cTag,
    webUrl: item.webUrl,
    size: item.size,
    lastModified: item.lastModifiedDateTime,
    ...(by ? { lastModifiedBy: by } : {}),
    ...(typeof version === "string" ? { version } : {}),
    columns: columnsOf(fields),
  };
}

export function columnsFields(columns: DocumentColumns): Record<string, string> {
  const c = LIBRARY_COLUMNS;
  return {
    ...(columns.seance !== undefined ? { [c.seance.name]: columns.seance } : {}),
    ...(columns.point !== undefined ? { [c.point.name]: columns.point } : {}),
    ...(columns.type !== undefined ? { [c.type.name]: columns.type } : {}),
    ...(columns.statut !== undefined ? { [c.statut.name]: columns.statut } : {}),
    ...(columns.generatedCTag !== undefined ? { [c.generatedCTag.name]: columns.generatedCTag } : {}),
  };
}

const segment = (name: string): string => encodeURIComponent(name);

/** The site's default library as Graph addresses it (the commas of a site id stay commas). */
export const drivePath = (siteId: string): string => `/sites/${encodeURIComponent(siteId).replace(/%2C/gi, ",")}/drive`;

/** Another document library of the site, by its title (Graph takes a list's title where it takes its id). */
export const libraryDrivePath = (siteId: string, title: string): string =>
  `${drivePath(siteId).slice(0, -"/drive".length)}/lists/${encodeURIComponent(title)}/drive`;

export interface GraphDocumentsOptions {
  /** The library's title, for a library other than the site's default one (« Publications »). */
  readonly library?: string;
  /** For upload-session fragments, which go outside the client's pipeline. */
  readonly fetch?: typeof fetch;
}

/** The documents port on the site's default library through Graph: SharePoint, or the embedded store. */
export class GraphDocuments implements DocumentsPort, LibraryFiles {
  private readonly drive: string;
  private readonly fetchImpl: typeof fetch;

  constructor(
    private readonly connection: GraphConnection,
    siteId: string,
    options: GraphDocumentsOptions = {},
  ) {
    this.drive = options.library ? libraryDrivePath(siteId, options.library) : drivePath(siteId);
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  private folderPath(seanceId: string): string {
    return this.pathOf([SEANCES_FOLDER, seanceFolderName(seanceId)]);
  }

  private pathOf(folder: readonly string[]): string {
    return `${this.drive}/root:/${folder.map(segment).join("/")}`;
  }

  private fail(answer: GraphAnswer, name?: string): never {
    if (answer.status === 412) throw new DocumentChangedError();
    if (answer.status === 409 && name !== undefined) throw new DocumentExistsError(name);
    throw errorFromResponse(answer.status, answer.body);
  }

  private file(answer: GraphAnswer, name?: string): DocumentFile {
    if (answer.status < 200 || answer.status > 299) this.fail(answer, name);
    const file = toDocumentFile(answer.body);
    if (!file) throw new DataError("Réponse inattendue de la bibliothèque de documents.", answer.status, "invalidData");
    return file;
  }

  async listSeance(seanceId: string): Promise<DocumentFile[]> {
    const answer = await send(this.connection, {
      method: "GET",
      path: `${this.folderPath(seanceId)}:/children?$expand=listItem($expand=fields)`,
    });
    if (answer.status === 404) return [];
    if (answer.status !== 200) this.fail(answer);
    const value = (answer.body as { value?: unknown } | undefined)?.value;
    return (Array.isArray(value) ? value : []).flatMap((raw) => toDocumentFile(raw) ?? []);
  }

  async get(id: string): Promise<DocumentFile> {
    const answer = await send(this.connection, {
      method: "GET",
      path: `${this.drive}/items/${segment(id)}?$expand=listItem($expand=fields)`,
    });
    return this.file(answer);
  }

  upload(seanceId: string, name: string, bytes: Uint8Array, options: UploadOptions): Promise<DocumentFile> {
    return this.uploadTo([SEANCES_FOLDER, seanceFolderName(seanceId)], name, bytes, options);
  }

  async uploadTo(
    folder: readonly string[],
    name: string,
    bytes: Uint8Array,
    options: UploadOptions,
  ): Promise<DocumentFile> {
    const path = `${this.pathOf(folder)}/${segment(name)}`;
    const ifMatch: Record<string, string> = options.ifMatch ? { "If-Match": options.ifMatch } : {};
    if (bytes.length <= SIMPLE_UPLOAD_LIMIT) {
      const answer = await putBytes(
        this.connection,
        `${path}:/content?@microsoft.graph.conflictBehavior=${options.conflict}`,
        bytes,
        ifMatch,
      );
      return this.file(answer, name);
    }
    const session = await send(this.connection, {
      method: "POST",
      path: `${path}:/createUploadSession`,
      headers: ifMatch,
      body: { item: { "@microsoft.graph.conflictBehavior": options.conflict } },
    });
    if (session.status !== 200) this.fail(session, name);
    const uploadUrl = (session.body as { uploadUrl?: unknown } | undefined)?.uploadUrl;
    if (typeof uploadUrl !== "string") throw new DataError("Session d'envoi sans adresse.", 200, "invalidData");
    let answer: GraphAnswer | undefined;
    for (let start = 0; start < bytes.length; start += FRAGMENT_SIZE) {
      answer = await putFragment(
        this.fetchImpl,
        uploadUrl,
        bytes.subarray(start, start + FRAGMENT_SIZE),
        start,
        bytes.length,
      );
      if (answer.status !== 202 && start + FRAGMENT_SIZE < bytes.length) this.fail(answer, name);
    }
    return this.file(answer as GraphAnswer, name);
  }

  columnsCall(id: string, columns: DocumentColumns): GraphCall {
    return {
      method: "PATCH",
      path: `${this.drive}/items/${segment(id)}/listItem/fields`,
      body: columnsFields(columns),
    };
  }

  async setColumns(
    updates: readonly { readonly id: string; readonly columns: DocumentColumns }[],
  ): Promise<readonly (Error | undefined)[]> {
    if (updates.length === 0) return [];
    const answers = await runBatch(
      this.connection,
      updates.map((u) => this.columnsCall(u.id, u.columns)),
    );
    return answers.map((a) => (a.status >= 200 && a.status < 300 ? undefined : errorFromResponse(a.status, a.body)));
  }

  async download(id: string): Promise<Uint8Array> {
    const got = await getBytes(this.connection, `${this.drive}/items/${segment(id)}/content`);
    if (got.bytes) return got.bytes;
    return this.fail(got.answer ?? { status: got.status, headers: {}, body: undefined });
  }

  async downloadFrom(folder: readonly string[], name: string): Promise<Uint8Array | undefined> {
    const got = await getBytes(this.connection, `${this.pathOf(folder)}/${segment(name)}:/content`);
    if (got.bytes) return got.bytes;
    if (got.status === 404) return undefined;
    return this.fail(got.answer ?? { status: got.status, headers: {}, body: undefined });
  }

  async remove(id: string, eTag?: string): Promise<void> {
    const answer = await send(this.connection, {
      method: "DELETE",
      path: `${this.drive}/items/${segment(id)}`,
      ...(eTag ? { headers: { "If-Match": eTag } } : {}),
    });
    if (answer.status !== 204 && answer.status !== 200) this.fail(answer);
  }
}
