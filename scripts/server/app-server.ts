import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import path from "node:path";
import { allowedHost, HOST_REFUSED, requestTarget } from "@local-store/request-target";
import { serveLocalAuth } from "./local-auth";
import type { LocalAuthStore } from "./local-auth";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

// Office and Teams show the pages in frames: only their origins may do so.
const FRAME_ANCESTORS =
  "frame-ancestors 'self' https://*.office.com https://*.office365.com https://*.officeapps.live.com https://*.microsoft365.com https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft";

export interface AppServerOptions {
  /** Folder of the built pages (dist/app). */
  readonly root: string;
  /** Base URL of the embedded store; `/v1.0/...` requests are forwarded there, so pages stay same-origin. */
  readonly storeUrl?: string;
  readonly tls?: { readonly key: string | Buffer; readonly cert: string | Buffer };
  /** The embedded store, whose membres' tokens the preview's « Voir comme » asks for (/local-auth/…). */
  readonly localAuth?: LocalAuthStore;
  /** Host names served besides loopback's. */
  readonly allowedHosts?: readonly string[];
}

function securityHeaders(contentType: string): http.OutgoingHttpHeaders {
  return {
    "Content-Type": contentType,
    "Content-Security-Policy": FRAME_ANCESTORS,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
  };
}

async function serveFile(root: string, pathname: string, res: http.ServerResponse): Promise<void> {
  // requestTarget has checked that the path decodes.
  const relative = decodeURIComponent(pathname === "/" ? "/teams.html" : pathname);
  const file = path.resolve(root, `.${relative}`);
  // Refuse anything that would leave the served folder (../, encoded or not).
  if (!file.startsWith(path.resolve(root) + path.sep)) {
    res.writeHead(403, securityHeaders("text/plain; charset=utf-8")).end("Accès refusé.");
    return;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    res.writeHead(404, securityHeaders("text/plain; charset=utf-8")).end("Page introuvable.");
    return;
  }
  res.writeHead(200, {
    ...securityHeaders(TYPES[path.extname(file)] ?? "application/octet-stream"),
    "Content-Length": info.size,
  });
  createReadStream(file).pipe(res);
}

function forward(storeUrl: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  const target = new URL(req.url ?? "/", storeUrl);
  const upstream = http.request(
    target,
    { method: req.method, headers: { ...req.headers, host: target.host } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on("error", () => {
    if (!res.headersSent) res.writeHead(503, { "Content-Type": "application/json", "Retry-After": "2" });
    res.end(JSON.stringify({ error: { code: "serviceNotAvailable", message: "Le stockage local ne répond pas." } }));
  });
  req.pipe(upstream);
}

const refuse = (res: http.ServerResponse, status: number, text: string) =>
  res.writeHead(status, securityHeaders("text/plain; charset=utf-8")).end(text);

/**
 * Serves the three pages and, on the same origin, the embedded store's Graph API and the preview's identities.
 * Loopback host names only (DNS rebinding), and any request target gets an answer.
 */
export function createAppServer(options: AppServerOptions): http.Server {
  const hosts = ["localhost", "127.0.0.1", "[::1]", ...(options.allowedHosts ?? [])];
  const handler: http.RequestListener = (req, res) => {
    const forwarded = req.headers["x-forwarded-host"];
    if (!allowedHost(req.headers.host, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, hosts)) {
      refuse(res, 403, HOST_REFUSED);
      return;
    }
    const url = requestTarget(req.url, "http://localhost");
    if (!url) {
      refuse(res, 400, "Adresse de requête invalide.");
      return;
    }
    const { pathname } = url;
    if (options.storeUrl && (pathname.startsWith("/v1.0/") || pathname === "/v1.0")) {
      forward(options.storeUrl, req, res);
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      refuse(res, 405, "Méthode non autorisée.");
      return;
    }
    const failed = () => {
      if (!res.headersSent) res.writeHead(500, securityHeaders("text/plain; charset=utf-8"));
      res.end("Erreur du serveur local.");
    };
    if (options.localAuth) {
      const auth = options.localAuth;
      serveLocalAuth(auth, url, res)
        .then((served) => (served ? undefined : serveFile(options.root, pathname, res)))
        .catch(failed);
      return;
    }
    serveFile(options.root, pathname, res).catch(failed);
  };
  return options.tls ? https.createServer(options.tls, handler) : http.createServer(handler);
}

export function listen(server: http.Server, port: number, hostname = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}
