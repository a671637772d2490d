import http from "node:http";
import { resolveCaller } from "./caller";
import type { StoreContext } from "./context";
import type { FaultInjector, FaultRule } from "./faults";
import { hasRawBody, UPLOAD_SESSION_PREFIX, uploadFragment } from "./drive-routes";
import { badRequest, fail } from "./http";
import type { StoreResponse } from "./http";
import { route } from "./router";

/** Bodies above this are refused: Graph caps requests at 4 MB; the margin covers a full batch of long texts. */
const MAX_BODY = 16 * 1024 * 1024;

export interface ServerDeps {
  readonly context: StoreContext;
  readonly faults: FaultInjector;
  /** fsyncs the journal when the request wrote something. */
  readonly sync: () => void;
  readonly requireToken: boolean;
}

function readBody(req: http.IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(res: http.ServerResponse, answer: StoreResponse): void {
  const headers: http.OutgoingHttpHeaders = { "request-id": crypto.randomUUID(), ...answer.headers };
  if (answer.body === undefined) {
    res.writeHead(answer.status, headers).end();
    return;
  }
  if (answer.body instanceof Uint8Array) {
    res.writeHead(answer.status, { ...headers, "Content-Length": answer.body.length }).end(answer.body);
    return;
  }
  const text = JSON.stringify(answer.body);
  res
    .writeHead(answer.status, {
      ...headers,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": Buffer.byteLength(text),
    })
    .end(text);
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
  const bytes = await readBody(req);
  const text = bytes?.toString("utf8");
  const origin = originOf(req);
  const url = new URL(req.url ?? "/", origin);
  const method = (req.method ?? "GET").toUpperCase();
  const fault = deps.faults.pick(method, decodeURIComponent(url.pathname));
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
  if (url.pathname.startsWith(UPLOAD_SESSION_PREFIX) && bytes) {
    send(res, uploadFragment(method, url, lowerHeaders(req), bytes, origin));
    return;
  }
  const caller = resolveCaller(deps.context.state, req.headers.authorization, deps.requireToken);
  if ("status" in caller) {
    send(res, caller);
    return;
  }
  if (text === undefined) {
    send(res, fail(413, "requestTooLarge", "The request body is too large."));
    return;
  }
  const raw = hasRawBody(url.pathname) ? bytes : undefined;
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
  deps.sync();
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
