/**
 * Entry checks shared by the embedded store and the app server, both bound to loopback. A page of another site can
 * still reach them through DNS rebinding (its own name resolved to 127.0.0.1): its requests then carry that name in
 * `Host`, which is why only loopback names are served. And a request target of any shape (`//`, `*`, an absolute URL,
 * broken percent-encoding) gets an answer, never an exception that stops the process.
 */
export const LOOPBACK_NAMES: readonly string[] = ["localhost", "127.0.0.1", "[::1]"];

/** The name part of a Host header ("localhost:3000" → "localhost", "[::1]:80" → "[::1]"), lowercase. */
function nameOf(host: string): string {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.startsWith("[")) return trimmed.slice(0, trimmed.indexOf("]") + 1);
  return trimmed.replace(/:\d*$/, "");
}

/** Whether every Host-like header present names an allowed host; a missing Host is refused (HTTP/1.1 requires it). */
export function allowedHost(
  host: string | undefined,
  forwarded: string | undefined,
  allowed: readonly string[] = LOOPBACK_NAMES,
): boolean {
  const names = [host, ...(forwarded ?? "").split(",").filter((v) => v.trim() !== "")];
  if (host === undefined) return false;
  return names.every((value) => value !== undefined && allowed.includes(nameOf(value)));
}

/** The request target as a URL on `origin`, or undefined when it is not an origin-form path that decodes. */
export function requestTarget(raw: string | undefined, origin: string): URL | undefined {
  const target = raw ?? "/";
  if (!target.startsWith("/")) return undefined;
  try {
    const url = new URL(`${origin}${target}`);
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return undefined;
  }
}

export const HOST_REFUSED = "Hôte non autorisé : ce serveur local ne répond qu'à localhost et 127.0.0.1.";
