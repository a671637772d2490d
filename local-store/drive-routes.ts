import { randomUUID } from "node:crypto";
import {
  FORBIDDEN_NAME_CHARACTERS,
  LIBRARY_DISPLAY_NAME,
  MAX_NAME_LENGTH,
  SEANCE_FOLDER_PATTERN,
  SEANCES_FOLDER,
} from "@shared/data/drive/library-columns";
import { LIBRARY_POLICY, PUBLICATIONS_LIBRARY } from "@shared/data/auth/permission-policy";
import { seances } from "@shared/data/schema";
import { accessFor, libraryAccess } from "./access";
import type { Caller } from "./caller";
import type { StoreContext } from "./context";
import type { DriveEntry, DriveFiles } from "./drive-files";
import { createPublications, ctagOfEntry, driveOf, etagOfEntry, publicationsOf, ROOT_ID } from "./drive-files";
import { badRequest, fail, forbidden, notFound, ok } from "./http";
import type { StoreRequest, StoreResponse } from "./http";
import { acceptColumn, columnJson } from "./lists";

/**
 * The drive calls of Graph on the site's default document library (`/sites/{site}/drive/…`), as the suite uses them:
 * items by path or id, children, simple upload, upload sessions, conflict behaviour, If-Match on eTag or cTag, the
 * item's listItem fields, delete. What a caller may read or write follows the séance the folder belongs to.
 */

const DRIVE_ID = "b!local-documents";
/** The id of the library's list, as `GET /sites/{site}/drive/list` gives it and `/lists/{id}/columns` takes it. */
export const LIBRARY_LIST_ID = "7d3c1a52-4b0e-4f6a-9c2d-1e8b5a0f6d34";
/** The « Publications » library's list, once created. */
export const PUBLICATIONS_LIST_ID = "3f9b6c0e-8a41-4d2b-b7e5-52c1d9a0e417";
/** Graph's rule: every fragment but the last is a multiple of 320 KiB. */
const FRAGMENT_UNIT = 320 * 1024;
const MAX_FRAGMENT = 60 * 1024 * 1024;
const SESSION_LIFETIME_MS = 15 * 60 * 1000;
const OUTSIDE_SEANCE = "Seul l'administrateur du site range des documents hors du dossier d'une séance.";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

type Conflict = "fail" | "replace" | "rename";

/** One document library of the site, as the drive routes serve it, with who may read and write which path. */
interface Library {
  readonly files: DriveFiles;
  readonly driveId: string;
  readonly listJson: () => Record<string, unknown>;
  /** The library's segment in its files' webUrl. */
  readonly webPath: string;
  canRead(ctx: StoreContext, caller: Caller, names: readonly string[]): boolean;
  writeRefusal(ctx: StoreContext, caller: Caller, names: readonly string[]): string | undefined;
}

interface UploadSession {
  readonly caller: Caller;
  readonly context: StoreContext;
  readonly library: Library;
  readonly names: readonly string[];
  readonly conflict: Conflict;
  readonly ifMatch?: string;
  readonly expires: number;
  readonly chunks: Buffer[];
  received: number;
  total?: number;
}

const sessions = new Map<string, UploadSession>();

const methodNotAllowed = (): StoreResponse =>
  fail(405, "methodNotAllowed", "The HTTP method is not allowed on this resource.");

const callerName = (caller: Caller): string => (caller.kind === "admin" ? "admin" : caller.email);

function seanceIdOf(names: readonly string[]): string | undefined {
  if (names[0]?.toLowerCase() !== SEANCES_FOLDER.toLowerCase() || names[1] === undefined) return undefined;
  return SEANCE_FOLDER_PATTERN.exec(names[1])?.[1];
}

function seanceItem(ctx: StoreContext, id: string) {
  const list = ctx.state.findList(seances.displayName);
  const item = list?.items.get(id);
  return list && item ? { list, item } : undefined;
}

function canRead(ctx: StoreContext, caller: Caller, names: readonly string[]): boolean {
  if (caller.kind === "admin" || names.length <= 1) return true;
  const id = seanceIdOf(names);
  const found = id === undefined ? undefined : seanceItem(ctx, id);
  return found !== undefined && accessFor(caller, ctx.state).canRead(found.list, found.item);
}

/** Writing in a séance's folder takes the right to write the séance itself. */
function writeRefusal(ctx: StoreContext, caller: Caller, names: readonly string[]): string | undefined {
  if (caller.kind === "admin") return undefined;
  const id = seanceIdOf(names);
  const found = id === undefined ? undefined : seanceItem(ctx, id);
  if (!found) return OUTSIDE_SEANCE;
  const view = { id: found.item.id, fields: found.item.fields };
  return accessFor(caller, ctx.state).refusal(found.list, view, view);
}

function nameProblem(name: string): string | undefined {
  if (name.trim() === "" || name !== name.trim() || name.endsWith("."))
    return `The name '${name}' is not valid for an item.`;
  if (name.length > MAX_NAME_LENGTH) return `The name exceeds ${MAX_NAME_LENGTH} characters.`;
  return FORBIDDEN_NAME_CHARACTERS.test(name)
    ? `The name '${name}' contains characters that are not allowed.`
    : undefined;
}

const wantsListItem = (url: URL): boolean =>
  /listItem/i.test(url.searchParams.get("$expand") ?? url.searchParams.get("expand") ?? "");

function fieldsJson(entry: DriveEntry): Record<string, unknown> {
  return {
    "@odata.etag": etagOfEntry(entry),
    id: entry.listItemId,
    FileLeafRef: entry.name,
    _UIVersionString: `${entry.contentVersion}.0`,
    Created: entry.created,
    Modified: entry.modified,
    ...entry.fields,
  };
}

function webUrl(library: Library, entry: DriveEntry, origin: string): string {
  const names = library.files.pathOf(entry).map(encodeURIComponent);
  return `${origin}/sites/mairie/${library.webPath}${names.length > 0 ? `/${names.join("/")}` : ""}`;
}

function itemJson(library: Library, entry: DriveEntry, origin: string, expandListItem: boolean) {
  const drive = library.files;
  const parent = entry.parentId ? drive.get(entry.parentId) : undefined;
  const person = { user: { displayName: entry.modifiedBy, email: entry.modifiedBy } };
  const parentPath = parent ? drive.pathOf(parent) : undefined;
  return {
    "@odata.etag": etagOfEntry(entry),
    id: entry.id,
    name: entry.name,
    eTag: etagOfEntry(entry),
    ...(entry.folder ? {} : { cTag: ctagOfEntry(entry) }),
    size: entry.size,
    createdDateTime: entry.created,
    lastModifiedDateTime: entry.modified,
    webUrl: webUrl(library, entry, origin),
    createdBy: person,
    lastModifiedBy: person,
    ...(parent && parentPath
      ? {
          parentReference: {
            driveId: library.driveId,
            driveType: "documentLibrary",
            id: parent.id,
            path: `/drive/root:${parentPath.length > 0 ? `/${parentPath.join("/")}` : ""}`,
          },
        }
      : {}),
    ...(entry.folder
      ? { folder: { childCount: drive.children(entry.id).length } }
      : { file: { mimeType: entry.name.endsWith(".docx") ? DOCX : "application/octet-stream" } }),
    ...(expandListItem && entry.id !== ROOT_ID
      ? { listItem: { id: entry.listItemId, eTag: etagOfEntry(entry), fields: fieldsJson(entry) } }
      : {}),
  };
}

/** The If-Match header names the item's current eTag or cTag (Graph accepts either). */
function preconditionFails(entry: DriveEntry | undefined, ifMatch: string | undefined): boolean {
  if (ifMatch === undefined || ifMatch === "*") return ifMatch === "*" && entry === undefined;
  return entry === undefined || (ifMatch !== etagOfEntry(entry) && ifMatch !== ctagOfEntry(entry));
}

const preconditionFailed = (): StoreResponse =>
  fail(412, "resourceModified", "ETag does not match current item's value.");

function conflictOf(value: unknown): Conflict | StoreResponse {
  if (value === undefined) return "replace";
  return value === "fail" || value === "replace" || value === "rename"
    ? value
    : badRequest("Invalid value for @microsoft.graph.conflictBehavior.");
}

function renamed(drive: DriveFiles, parentId: string, name: string): string {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let n = 1; ; n++) {
    const candidate = `${stem} ${n}${ext}`;
    if (!drive.child(parentId, candidate)) return candidate;
  }
}

/** Creates the missing folders of `names` (Graph does so on an upload by path). */
function ensureFolders(drive: DriveFiles, names: readonly string[], by: string): DriveEntry | StoreResponse {
  let current = drive.get(ROOT_ID) as DriveEntry;
  for (const name of names) {
    const problem = nameProblem(name);
    if (problem) return badRequest(problem);
    const existing = drive.child(current.id, name);
    if (existing && !existing.folder) return fail(409, "nameAlreadyExists", `'${name}' is a file, not a folder.`);
    current = existing ?? drive.createFolder(current.id, name, by);
  }
  return current;
}

interface FileWrite {
  readonly ctx: StoreContext;
  readonly library: Library;
  readonly caller: Caller;
  readonly names: readonly string[];
  readonly bytes: Uint8Array;
  readonly conflict: Conflict;
  readonly ifMatch: string | undefined;
  readonly origin: string;
}

/** Writes a file at a path: the checks of a simple upload and of an upload session's last fragment. */
function writeAt(w: FileWrite): StoreResponse {
  const drive = w.library.files;
  const refusal = w.library.writeRefusal(w.ctx, w.caller, w.names);
  if (refusal) return forbidden(refusal);
  const name = w.names.at(-1) ?? "";
  const problem = nameProblem(name);
  if (problem) return badRequest(problem);
  const parentNames = w.names.slice(0, -1);
  const existingParent = drive.resolve(parentNames);
  const existing = existingParent ? drive.child(existingParent.id, name) : undefined;
  if (existing?.folder) return fail(409, "nameAlreadyExists", `'${name}' is a folder.`);
  if (preconditionFails(existing, w.ifMatch)) return preconditionFailed();
  if (existing && w.conflict === "fail")
    return fail(409, "nameAlreadyExists", `The specified item name already exists. Name: ${name}`);
  const parent = ensureFolders(drive, parentNames, callerName(w.caller));
  if ("status" in parent) return parent;
  const replace = existing && w.conflict === "replace" ? existing : undefined;
  const finalName = existing && w.conflict === "rename" ? renamed(drive, parent.id, name) : name;
  const written = drive.writeFile(parent.id, finalName, w.bytes, callerName(w.caller), replace);
  return ok(itemJson(w.library, written, w.origin, false), replace ? 200 : 201);
}

/** A PATCH of listItem fields: only the columns the library has (provisioned), each value as its column allows. */
function fieldsPatch(
  drive: DriveFiles,
  body: unknown,
): { patch: Record<string, unknown> } | { refused: StoreResponse } {
  const refuse = (message: string) => ({ refused: badRequest(message) });
  if (typeof body !== "object" || body === null || Array.isArray(body)) return refuse("A JSON object is expected.");
  const columns = drive.columns();
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const column = columns.find((c) => c.name === key);
    if (!column) return refuse(`Field '${key}' is not recognized`);
    if (value !== null && typeof value !== "string") return refuse(`Invalid value for field '${key}'.`);
    if (typeof value === "string" && value.length > 255) return refuse(`Field '${key}' is too long.`);
    const choices = (column.choice as { choices?: unknown } | undefined)?.choices;
    if (Array.isArray(choices) && typeof value === "string" && !choices.includes(value))
      return refuse(`Invalid choice '${value}' for field '${key}'.`);
    patch[key] = value;
  }
  return { patch };
}

const publicationsListJson = () => ({
  id: PUBLICATIONS_LIST_ID,
  name: PUBLICATIONS_LIBRARY,
  displayName: PUBLICATIONS_LIBRARY,
  list: { template: "documentLibrary", hidden: false, contentTypesEnabled: false },
});

const libraryListJson = () => ({
  id: LIBRARY_LIST_ID,
  name: "Shared Documents",
  displayName: LIBRARY_DISPLAY_NAME,
  list: { template: "documentLibrary", hidden: false, contentTypesEnabled: false },
});

/** `/sites/{site}/lists/{library}` and its columns: the library's list, whose columns the site owner adds. */
export function libraryListRoute(ctx: StoreContext, req: StoreRequest, rest: readonly string[]): StoreResponse {
  const drive = driveOf(ctx);
  if (!drive) return notFound("List");
  const [collection, ...extra] = rest;
  if (collection === undefined) return req.method === "GET" ? ok(libraryListJson()) : methodNotAllowed();
  if (collection !== "columns" || extra.length > 0) return notFound("Resource");
  if (req.method === "GET") return ok({ value: drive.columns().map(columnJson) });
  if (req.method !== "POST") return methodNotAllowed();
  const refusal = accessFor(req.caller, ctx.state).schemaRefusal();
  if (refusal) return forbidden(refusal);
  const column = acceptColumn(ctx, req.body);
  if (drive.columns().some((existing) => existing.name === column.name))
    return fail(409, "nameAlreadyExists", `A column named '${column.name}' already exists.`);
  drive.addColumn(column);
  return ok(columnJson(column), 201);
}

interface Target {
  readonly entry: DriveEntry | undefined;
  /** The path asked for, when addressed by path. */
  readonly names: readonly string[];
  readonly action: string[];
}

/** `/root`, `/root:/a/b.docx:`, `/root:/a/b.docx:/content`, `/items/{id}/listItem/fields`… */
function targetOf(drive: DriveFiles, tail: string): Target | undefined {
  const byPath = /^\/root:\/(.+?)(?::(\/.*)?)?$/.exec(tail);
  if (byPath) {
    const names = (byPath[1] ?? "").split("/").filter(Boolean);
    return { entry: drive.resolve(names), names, action: (byPath[2] ?? "").split("/").filter(Boolean) };
  }
  const rootOrItem = /^\/(?:root|items\/([^/]+))(\/.*)?$/.exec(tail);
  if (!rootOrItem) return undefined;
  const entry = drive.get(rootOrItem[1] ?? ROOT_ID);
  return {
    entry,
    names: entry ? drive.pathOf(entry) : [],
    action: (rootOrItem[2] ?? "").split("/").filter(Boolean),
  };
}

function createFolderIn(
  ctx: StoreContext,
  req: StoreRequest,
  library: Library,
  parentNames: readonly string[],
  origin: string,
) {
  const drive = library.files;
  const body = req.body as { name?: unknown; folder?: unknown; "@microsoft.graph.conflictBehavior"?: unknown };
  if (typeof body !== "object" || typeof body.name !== "string" || typeof body.folder !== "object")
    return badRequest("A folder needs a name and a 'folder' facet.");
  const names = [...parentNames, body.name];
  const refusal = library.writeRefusal(ctx, req.caller, names);
  if (refusal) return forbidden(refusal);
  const problem = nameProblem(body.name);
  if (problem) return badRequest(problem);
  const conflict = conflictOf(body["@microsoft.graph.conflictBehavior"] ?? "fail");
  if (typeof conflict !== "string") return conflict;
  const parent = drive.resolve(parentNames);
  if (!parent?.folder) return notFound("Item");
  const existing = drive.child(parent.id, body.name);
  if (existing && conflict === "fail")
    return fail(409, "nameAlreadyExists", `The specified item name already exists. Name: ${body.name}`);
  if (existing && conflict === "replace" && existing.folder) return ok(itemJson(library, existing, origin, false));
  const name = existing ? renamed(drive, parent.id, body.name) : body.name;
  return ok(itemJson(library, drive.createFolder(parent.id, name, callerName(req.caller)), origin, false), 201);
}

function startSession(
  ctx: StoreContext,
  req: StoreRequest,
  library: Library,
  names: readonly string[],
  origin: string,
) {
  const refusal = library.writeRefusal(ctx, req.caller, names);
  if (refusal) return forbidden(refusal);
  const item = (req.body as { item?: Record<string, unknown> } | undefined)?.item ?? {};
  const conflict = conflictOf(
    item["@microsoft.graph.conflictBehavior"] ??
      req.url.searchParams.get("@microsoft.graph.conflictBehavior") ??
      undefined,
  );
  if (typeof conflict !== "string") return conflict;
  const token = randomUUID();
  const expires = Date.now() + SESSION_LIFETIME_MS;
  sessions.set(token, {
    caller: req.caller,
    context: ctx,
    library,
    names,
    conflict,
    ...(req.headers["if-match"] ? { ifMatch: req.headers["if-match"] } : {}),
    expires,
    chunks: [],
    received: 0,
  });
  return ok({
    uploadUrl: `${origin}/upload-sessions/${token}`,
    expirationDateTime: new Date(expires).toISOString(),
    nextExpectedRanges: ["0-"],
  });
}

const PUBLICATIONS_FOLDER = /^Commune (\d+)$/i;
const publicationsPolicy = LIBRARY_POLICY[PUBLICATIONS_LIBRARY];
/** The commune whose folder holds the path: `Commune 12/acte-5.html`. */
const publicationsCommune = (names: readonly string[]): string | undefined =>
  PUBLICATIONS_FOLDER.exec(names[0] ?? "")?.[1];

function libraryOf(ctx: StoreContext, which: "documents" | "publications"): Library | undefined {
  if (which === "documents") {
    const files = driveOf(ctx);
    return (
      files && {
        files,
        driveId: DRIVE_ID,
        listJson: libraryListJson,
        webPath: "Documents%20partages",
        canRead,
        writeRefusal,
      }
    );
  }
  const files = publicationsOf(ctx);
  return (
    files && {
      files,
      driveId: "b!local-publications",
      listJson: publicationsListJson,
      webPath: PUBLICATIONS_LIBRARY,
      // The root lists only the folders the caller may read (children are filtered one by one).
      canRead: (_ctx, caller, names) =>
        names.length === 0 ||
        libraryAccess(caller, publicationsPolicy, PUBLICATIONS_LIBRARY).canRead(publicationsCommune(names)),
      writeRefusal: (_ctx, caller, names) =>
        libraryAccess(caller, publicationsPolicy, PUBLICATIONS_LIBRARY).refusal(publicationsCommune(names)),
    }
  );
}

/** Whether a list reference (`/lists/{ref}`) names the « Publications » library: its id or its title. */
export const isPublicationsRef = (ref: string): boolean =>
  ref === PUBLICATIONS_LIST_ID || ref.toLowerCase() === PUBLICATIONS_LIBRARY.toLowerCase();

/** The library among the site's lists (`GET /lists`), once it exists. */
export const publicationsListing = (ctx: StoreContext): Record<string, unknown>[] =>
  publicationsOf(ctx) ? [publicationsListJson()] : [];

/**
 * `POST /lists` with the documentLibrary template. The store keeps one library besides the default one, the
 * « Publications » library of issue 14; any other is refused rather than made a plain list.
 */
export function createLibrary(ctx: StoreContext, body: { readonly displayName?: unknown }): StoreResponse {
  if (typeof body.displayName !== "string" || !isPublicationsRef(body.displayName))
    return fail(501, "notSupported", `This store only creates the '${PUBLICATIONS_LIBRARY}' document library.`);
  if (publicationsOf(ctx))
    return fail(409, "nameAlreadyExists", `A list named '${PUBLICATIONS_LIBRARY}' already exists.`);
  if (!createPublications(ctx)) return fail(501, "notSupported", "This store has no data directory for a library.");
  return ok(publicationsListJson(), 201);
}

/** `/sites/{site}/lists/Publications` and its `/drive…`: the library's list, then its files as for `/drive`. */
export function publicationsRoute(ctx: StoreContext, req: StoreRequest, origin: string, rest: readonly string[]) {
  if (!publicationsOf(ctx)) return notFound("List");
  const [head, ...tail] = rest;
  if (head === undefined) return req.method === "GET" ? ok(publicationsListJson()) : methodNotAllowed();
  if (head === "columns" && tail.length === 0) return req.method === "GET" ? ok({ value: [] }) : methodNotAllowed();
  if (head !== "drive") return notFound("Resource");
  return driveRoute(ctx, req, origin, tail.map((s) => `/${s}`).join(""), "publications");
}

/** Answers `/v1.0/sites/{site}/drive{tail}`; `tail` is the path after `/drive`. */
export function driveRoute(
  ctx: StoreContext,
  req: StoreRequest,
  origin: string,
  tail: string,
  which: "documents" | "publications" = "documents",
): StoreResponse {
  const library = libraryOf(ctx, which);
  if (!library) return notFound("Drive");
  const drive = library.files;
  if (tail === "")
    return req.method === "GET"
      ? ok({ id: library.driveId, driveType: "documentLibrary", name: library.listJson().displayName })
      : methodNotAllowed();
  if (tail === "/list") return req.method === "GET" ? ok(library.listJson()) : methodNotAllowed();
  const target = targetOf(drive, tail);
  if (!target) return notFound("Resource");
  const { entry, names, action } = target;
  const [first, second] = action;
  const action1 = action.join("/");
  const readable = library.canRead(ctx, req.caller, names);
  if (req.method === "PUT" && first === "content" && second === undefined) {
    const conflict = conflictOf(req.url.searchParams.get("@microsoft.graph.conflictBehavior") ?? undefined);
    if (typeof conflict !== "string") return conflict;
    return writeAt({
      ctx,
      library,
      caller: req.caller,
      names,
      bytes: req.raw ?? new Uint8Array(),
      conflict,
      ifMatch: req.headers["if-match"],
      origin,
    });
  }
  if (req.method === "POST" && action1 === "createUploadSession") return startSession(ctx, req, library, names, origin);
  if (!entry || !readable) return notFound("Item");
  if (action1 === "children") {
    if (req.method === "POST") return createFolderIn(ctx, req, library, names, origin);
    if (req.method !== "GET") return methodNotAllowed();
    const expand = wantsListItem(req.url);
    const value = drive
      .children(entry.id)
      .filter((child) => library.canRead(ctx, req.caller, drive.pathOf(child)))
      .map((child) => itemJson(library, child, origin, expand));
    return ok({ value });
  }
  if (action1 === "content" && req.method === "GET") {
    if (entry.folder) return badRequest("A folder has no content.");
    // SharePoint converts on `?format=pdf`; this store cannot, and must not answer the .docx as if it had.
    if (req.url.searchParams.has("format"))
      return fail(501, "notSupported", "Format conversion needs SharePoint: this store keeps files as they are.");
    return { status: 200, headers: { "Content-Type": DOCX }, body: drive.content(entry) };
  }
  if (action1 === "listItem/fields" || action1 === "listItem") {
    if (req.method === "GET")
      return ok(action1 === "listItem" ? { id: entry.listItemId, fields: fieldsJson(entry) } : fieldsJson(entry));
    if (req.method !== "PATCH" || action1 !== "listItem/fields") return methodNotAllowed();
    const refusal = library.writeRefusal(ctx, req.caller, names);
    if (refusal) return forbidden(refusal);
    if (preconditionFails(entry, req.headers["if-match"])) return preconditionFailed();
    const parsed = fieldsPatch(drive, req.body);
    if ("refused" in parsed) return parsed.refused;
    return ok(fieldsJson(drive.updateFields(entry, parsed.patch, callerName(req.caller))));
  }
  if (action.length > 0) return notFound("Resource");
  if (req.method === "GET") return ok(itemJson(library, entry, origin, wantsListItem(req.url)));
  if (req.method === "DELETE") {
    if (entry.id === ROOT_ID) return forbidden("The root cannot be deleted.");
    const refusal = library.writeRefusal(ctx, req.caller, names);
    if (refusal) return forbidden(refusal);
    if (preconditionFails(entry, req.headers["if-match"])) return preconditionFailed();
    drive.remove(entry);
    return { status: 204 };
  }
  return methodNotAllowed();
}

export const UPLOAD_SESSION_PREFIX = "/upload-sessions/";

/** Requests whose body is the file's bytes, not JSON. */
export function hasRawBody(pathname: string): boolean {
  return pathname.startsWith(UPLOAD_SESSION_PREFIX) || (/\/drive\//.test(pathname) && /\/content$/.test(pathname));
}

const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/;

/**
 * A fragment sent to an upload session's URL. The URL is the credential: like Graph, the store refuses a request
 * that also carries an Authorization header.
 */
export function uploadFragment(
  method: string,
  url: URL,
  headers: Readonly<Record<string, string | undefined>>,
  raw: Uint8Array,
  origin: string,
): StoreResponse {
  const token = url.pathname.slice(UPLOAD_SESSION_PREFIX.length);
  const session = sessions.get(token);
  if (!session || session.expires < Date.now()) return notFound("Upload session");
  if (headers.authorization)
    return fail(401, "unauthenticated", "An upload URL must not be sent an Authorization header.");
  if (method === "DELETE") {
    sessions.delete(token);
    return { status: 204 };
  }
  if (method !== "PUT") return methodNotAllowed();
  const range = CONTENT_RANGE.exec(headers["content-range"] ?? "");
  if (!range) return badRequest("A Content-Range header 'bytes start-end/total' is required.");
  const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
  if (start !== session.received || end < start || end >= total || end - start + 1 !== raw.length)
    return fail(416, "invalidRange", `The expected range starts at ${session.received}.`);
  if (session.total !== undefined && session.total !== total) return badRequest("The total size changed.");
  const last = end + 1 === total;
  if (raw.length > MAX_FRAGMENT || (!last && raw.length % FRAGMENT_UNIT !== 0))
    return badRequest("Each fragment but the last must be a multiple of 320 KiB, at most 60 MiB.");
  session.total = total;
  session.chunks.push(Buffer.from(raw));
  session.received = end + 1;
  if (!last)
    return ok(
      { expirationDateTime: new Date(session.expires).toISOString(), nextExpectedRanges: [`${session.received}-`] },
      202,
    );
  sessions.delete(token);
  return writeAt({
    ctx: session.context,
    library: session.library,
    caller: session.caller,
    names: session.names,
    bytes: Buffer.concat(session.chunks),
    conflict: session.conflict,
    ifMatch: session.ifMatch,
    origin,
  });
}
