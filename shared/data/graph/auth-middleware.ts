import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import type { TokenProvider } from "../auth/token-provider";
import { deleteHeader, requestUrl, setHeader } from "./headers";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Attaches the bearer token, but only to the configured origins. The SDK's AuthenticationHandler does the same for
 * https Graph hosts only, which would leave the embedded store (plain http on loopback) without a token; this one
 * allows http on loopback and nowhere else, so a token never travels in clear over a network.
 */
export class AuthMiddleware implements Middleware {
  private next?: Middleware;
  private readonly origins: ReadonlySet<string>;

  constructor(
    private readonly tokens: TokenProvider,
    origins: readonly string[],
  ) {
    this.origins = new Set(origins.filter(isSafeOrigin).map((origin) => new URL(origin).origin));
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    context.options ??= {};
    const origin = new URL(requestUrl(context.request)).origin;
    if (this.origins.has(origin)) setHeader(context.options, "Authorization", `Bearer ${await this.tokens.getToken()}`);
    else deleteHeader(context.options, "Authorization");
    await this.next?.execute(context);
  }
}

export function isSafeOrigin(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === "https:" || (parsed.protocol === "http:" && LOOPBACK.has(parsed.hostname));
}
