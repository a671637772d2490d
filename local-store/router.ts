import { calendarRoute } from "./calendar";
import { accessFor } from "./access";
import type { StoreContext } from "./context";
import {
  createLibrary,
  driveRoute,
  isPublicationsRef,
  LIBRARY_LIST_ID,
  libraryListRoute,
  publicationsListing,
  publicationsRoute,
} from "./drive-routes";
import type { FaultInjector } from "./faults";
import { badRequest, fail, forbidden, notFound, ok, StoreFailure } from "./http";
import type { StoreRequest, StoreResponse } from "./http";
import { fieldValueSet } from "./item-view";
import { createItem, delta, deleteItem, getItem, listItems, updateFields, visibleItem } from "./items";
import { createColumn, createList, listColumns, listJson, listLists } from "./lists";
import { decodedOrUndefined, decodeSegment } from "./request-text";
import { isLocalSite, siteJson } from "./site";

const BY_PATH = /^\/v1\.0\/sites\/([^/:]+:\/[^:]*?)(?::(\/.*))?$/;
const BY_ID = /^\/v1\.0\/sites\/([^/]+)(\/.*)?$/;
/** Graph refuses more than 20 requests in one $batch. */
const BATCH_LIMIT = 20;

const methodNotAllowed = (): StoreResponse =>
  fail(405, "methodNotAllowed", "The HTTP method is not allowed on this resource.");

/** Lists and columns are the site owner's: provisioning creates them, users only fill them. */
function schemaChange(ctx: StoreContext, req: StoreRequest, create: () => StoreResponse): StoreResponse {
  const reason = accessFor(req.caller, ctx.state).schemaRefusal();
  return reason === undefined ? create() : forbidden(reason);
}

function siteRoute(pathname: string): { site: string; segments: string[] } | undefined {
  const match = BY_PATH.exec(pathname) ?? BY_ID.exec(pathname);
  if (!match) return undefined;
  const segments = (match[2] ?? "").split("/").filter(Boolean).map(decodeSegment);
  return { site: decodeSegment(match[1] ?? ""), segments };
}

function itemsRoute(
  ctx: StoreContext,
  req: StoreRequest,
  origin: string,
  listRef: string,
  rest: string[],
): StoreResponse {
  const list = ctx.state.findList(listRef);
  if (!list) return notFound("List");
  const [collection, id, sub, ...extra] = rest;
  const { method } = req;
  if (extra.length > 0) return notFound("Resource");
  if (collection === undefined) return method === "GET" ? ok(listJson(list)) : methodNotAllowed();
  if (collection === "columns" && id === undefined) {
    if (method === "GET") return listColumns(list);
    return method === "POST" ? schemaChange(ctx, req, () => createColumn(ctx, list, req)) : methodNotAllowed();
  }
  if (collection !== "items") return notFound("Resource");
  if (id === undefined) {
    if (method === "GET") return listItems(ctx, list, req, origin);
    return method === "POST" ? createItem(ctx, list, req) : methodNotAllowed();
  }
  if (id === "delta" && sub === undefined) return method === "GET" ? delta(ctx, list, req, origin) : methodNotAllowed();
  if (sub === "fields") {
    if (method === "PATCH") return updateFields(ctx, list, id, req);
    const item = visibleItem(ctx, list, id, req);
    if (method !== "GET") return methodNotAllowed();
    return item ? ok(fieldValueSet(item)) : notFound("Item");
  }
  if (sub !== undefined) return notFound("Resource");
  if (method === "GET") return getItem(ctx, list, id, req);
  return method === "DELETE" ? deleteItem(ctx, list, id, req) : methodNotAllowed();
}

function dispatch(ctx: StoreContext, req: StoreRequest, origin: string): StoreResponse {
  const route = siteRoute(req.url.pathname);
  if (!route) return fail(400, "BadRequest", `Resource not found for the segment '${req.url.pathname}'.`);
  if (!isLocalSite(route.site)) return notFound("Site");
  const [head, listRef, ...rest] = route.segments;
  if (head === undefined) return req.method === "GET" ? ok(siteJson()) : methodNotAllowed();
  if (head === "drive") return driveRoute(ctx, req, origin, [listRef, ...rest].map((s) => (s ? `/${s}` : "")).join(""));
  if (head !== "lists") return notFound("Resource");
  if (listRef === undefined) {
    if (req.method === "GET") return listLists(ctx, publicationsListing(ctx));
    if (req.method !== "POST") return methodNotAllowed();
    const body = (req.body ?? {}) as { displayName?: unknown; list?: { template?: unknown } };
    return schemaChange(ctx, req, () =>
      body.list?.template === "documentLibrary" ? createLibrary(ctx, body) : createList(ctx, req),
    );
  }
  if (listRef === LIBRARY_LIST_ID) return libraryListRoute(ctx, req, rest);
  if (isPublicationsRef(listRef)) return publicationsRoute(ctx, req, origin, rest);
  return itemsRoute(ctx, req, origin, listRef, rest);
}

/** Answers one request; a handler's StoreFailure becomes its Graph-shaped error. */
export function route(ctx: StoreContext, req: StoreRequest, origin: string, faults: FaultInjector): StoreResponse {
  try {
    if (req.url.pathname === "/v1.0/$batch")
      return req.method === "POST" ? batch(ctx, req, origin, faults) : methodNotAllowed();
    if (req.url.pathname.startsWith("/v1.0/me/")) return calendarRoute(ctx, req, origin);
    return dispatch(ctx, req, origin);
  } catch (error) {
    if (error instanceof StoreFailure) return error.response;
    throw error;
  }
}

interface SubRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

/** A $batch entry as Graph reads it: strings for id, method and url, headers (if any) an object of strings. */
function isSubRequest(entry: unknown): boolean {
  if (typeof entry !== "object" || entry === null) return false;
  const { id, method, url, headers } = entry as Record<string, unknown>;
  const headersValid =
    headers === undefined ||
    (typeof headers === "object" &&
      headers !== null &&
      !Array.isArray(headers) &&
      Object.values(headers).every((value) => typeof value === "string"));
  return typeof id === "string" && typeof method === "string" && typeof url === "string" && headersValid;
}

function subRequests(body: unknown): SubRequest[] | StoreResponse {
  const requests = (body as { requests?: unknown } | undefined)?.requests;
  if (!Array.isArray(requests) || requests.length === 0)
    return badRequest("A batch needs a non-empty 'requests' array.");
  if (requests.length > BATCH_LIMIT)
    return badRequest(`The number of requests in a batch is limited to ${BATCH_LIMIT}.`);
  if (!requests.every(isSubRequest)) return badRequest("Each batch request needs an id, a method and a url.");
  // Graph: ids are unique in a batch, not case-sensitive, or the whole batch fails with 400 (json-batching).
  const ids = (requests as SubRequest[]).map((r) => r.id.toLowerCase());
  if (new Set(ids).size !== ids.length) return badRequest("Batch request ids must be unique.");
  return requests as SubRequest[];
}

const lowerKeys = (headers: Record<string, string> = {}): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));

/** JSON $batch: each sub-request runs like a request of its own and answers with its own status. */
function batch(ctx: StoreContext, req: StoreRequest, origin: string, faults: FaultInjector): StoreResponse {
  const requests = subRequests(req.body);
  if (!Array.isArray(requests)) return requests;
  const responses = requests.map((sub) => {
    const url = new URL(`/v1.0/${sub.url.replace(/^\/+/, "")}`, origin);
    if (url.pathname === "/v1.0/$batch") return answerOf(sub, badRequest("Nested batch requests are not supported."));
    const fault = faults.pick(sub.method, decodedOrUndefined(url.pathname) ?? url.pathname, "batch-item");
    const answer =
      fault?.kind === "throttle"
        ? fail(429, "TooManyRequests", "Too many requests.", { "Retry-After": fault.retryAfter ?? "1" })
        : fault?.kind === "unavailable"
          ? fail(503, "serviceNotAvailable", "Service unavailable.")
          : route(
              ctx,
              {
                caller: req.caller,
                method: sub.method.toUpperCase(),
                url,
                headers: lowerKeys(sub.headers),
                body: sub.body,
              },
              origin,
              faults,
            );
    return answerOf(sub, answer);
  });
  return ok({ responses });
}

const answerOf = (sub: SubRequest, answer: StoreResponse) => ({
  id: sub.id,
  status: answer.status,
  headers: { "Content-Type": "application/json", ...answer.headers },
  ...(answer.body === undefined ? {} : { body: answer.body }),
});
