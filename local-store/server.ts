import http from "node:http";
import { resolveCaller } from "./caller";
import type { StoreContext } from "./context";
import { hasRawBody, UPLOAD_SESSION_PREFIX, uploadFragment } from "./drive-routes";
import type { FaultInjector, FaultRule } from "./faults";
import { badRequest, fail } from "./http";
import type { StoreResponse } from "./http";
import { decodedOrUndefined, MAX_JSON_DEPTH, nestsDeeperThan } from "./request-text";
import type { LocalTokens } from "./local-tokens";
import { allowedHost, HOST_REFUSED, requestTarget } from "./request-target";
import { route } from "./router";

/** Graph refuses a request body above 4 MB; the store refuses it too, before reading it. */
const MAX_BODY = 4 * 1024 * 1024;

export interface ServerDeps {
  readonly context: StoreContext;
  readonly faults: FaultInjector;
  readonly requireToken: boolean;
  readonly tokens: LocalTokens;
  /** Host names served (loopback by default): anything else may be DNS rebinding. */
  readonly allowedHosts?: readonly string[];
}

/**
 * The body's bytes, or undefined when it is larger than MAX_BODY: a declared Content-Length says so before any
 * byte is read, a body without one stops being read at the limit. The rest is never read: the answer closes.
 */
function readBody(req: http.IncomingMessage): Promise<Buffer | undefined> {
  if (Number(req.headers["content-length"]) > MAX_BODY) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) {
        chunks.push(chunk);
        return;
      }
      req.off("data", onData);
      req.pause();
      resolve(undefined);
    };
    req.on("data", onData);
    req.on("end", () => {
      resolve(Buffer.concat(chunks));
    });
    req.on("error", reject);
  });
}

function send(res: http.ServerResponse, answer: StoreResponse): void {
  const headers: http.OutgoingHttpHeaders = { "request-id": crypto.randomUUID(), ...answer.headers };
  // A body left unread (too large) cannot be skipped on a kept-alive connection: this answer closes it.
  if (!res.req.complete) headers.Connection = "close";
  if (answer.body === undefined) {
    res.writeHead(answer.status, headers).end();
    return;
  }
  if (answer.body instanceof Uint8Array) {
    res.writeHead(answer.status, { ...headers, "Content-Length": answer.body.length }).end(answer.body);
    return;
  }
  // Encoded once: its length is the Content-Length, and the socket writes these bytes as they are.
  const bytes = Buffer.from(JSON.stringify(answer.body));
  res
    .writeHead(answer.status, {
      ...headers,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": bytes.length,
    })
    .end(bytes);
}

function faultAnswer(fault: FaultRule): StoreResponse | undefined {
  if (fault.kind === "throttle")
    return fail(429, "TooManyRequests", "Too many requests.", { "Retry-After": fault.retryAfter ?? "1" });
  if (fault.kind === "unavailable")
    return fail(
      503,
      "serviceNotAvailable",
      "Service unavailable.",
      fault.retryAfter ? { "Retry-After": fault.retryAfter } : {},
    );
  return undefined;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The links the store writes point back where the caller came from (a proxy may say so in X-Forwarded-*). */
function originOf(req: http.IncomingMessage): string {
  const host = req.headers["x-forwarded-host"] ?? req.headers.host ?? "localhost";
  const proto = req.headers["x-forwarded-proto"] ?? "http";
  return `${String(proto).split(",")[0]}://${String(host).split(",")[0]}`;
}

const lowerHeaders = (req: http.IncomingMessage): Record<string, string | undefined> =>
  Object.fromEntries(
    Object.entries(req.headers).map(([key, value]) => [key, Array.isArray(value) ? value.join(",") : value]),
  );

async function handle(deps: ServerDeps, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const forwarded = req.headers["x-forwarded-host"];
  if (!allowedHost(req.headers.host, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, deps.allowedHosts)) {
    send(res, fail(403, "forbiddenHost", HOST_REFUSED));
    return;
  }
  const origin = originOf(req);
  const url = requestTarget(req.url, origin);
  if (!url) {
    send(res, badRequest("Invalid request target."));
    return;
  }
  const method = (req.method ?? "GET").toUpperCase();
  const fault = deps.faults.pick(method, decodedOrUndefined(url.pathname) ?? url.pathname);
  if (fault?.kind === "drop") {
    req.socket.destroy();
    return;
  }
  if (fault?.kind === "delay") await pause(fault.delayMs ?? 100);
  const injected = fault ? faultAnswer(fault) : undefined;
  if (injected) {
    send(res, injected);
    return;
  }
  // An upload session's URL is its own credential: Graph refuses a token there (drive-routes checks it).
  const isUpload = url.pathname.startsWith(UPLOAD_SESSION_PREFIX);
  const upload = isUpload ? await readBody(req) : undefined;
  if (upload) {
    send(res, uploadFragment(method, url, lowerHeaders(req), upload, origin));
    return;
  }
  // Who asks is known before any byte of the body is read: a caller without a valid token costs no reading.
  const caller = resolveCaller(deps.context.state, req.headers.authorization, deps.requireToken, deps.tokens);
  if ("status" in caller) {
    send(res, caller);
    return;
  }
  const bytes = isUpload ? upload : await readBody(req);
  const text = bytes?.toString("utf8");
  if (text === undefined) {
    send(res, fail(413, "requestTooLarge", "The request body is too large."));
    return;
  }
  const raw = hasRawBody(url.pathname) ? bytes : undefined;
  if (!raw && nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    send(res, badRequest(`The request body is nested more than ${MAX_JSON_DEPTH} levels deep.`));
    return;
  }
  let body: unknown;
  try {
    body = text === "" || raw ? undefined : (JSON.parse(text) as unknown);
  } catch {
    send(res, badRequest("Unable to read JSON request payload."));
    return;
  }
  const headers = lowerHeaders(req);
  const answer = route(
    deps.context,
    { caller, method, url, headers, body, ...(raw ? { raw } : {}) },
    origin,
    deps.faults,
  );
  if (fault?.kind === "drop-after") {
    req.socket.destroy();
    return;
  }
  send(res, answer);
}

export function createStoreServer(deps: ServerDeps): http.Server {
  return http.createServer((req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, fail(500, "generalException", error instanceof Error ? error.message : "Internal error."));
      else res.destroy();
    });
  });
}
