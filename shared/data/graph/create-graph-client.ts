import { Client } from "@microsoft/microsoft-graph-client";
import type { TokenProvider } from "../auth/token-provider";
import { AuthMiddleware } from "./auth-middleware";
import { ClientRequestIdMiddleware } from "./client-request-id";
import { FetchHandler } from "./fetch-handler";
import type { RequestHook } from "./fetch-handler";
import { RetryMiddleware } from "./retry-middleware";
import type { RetryOptions } from "./retry-middleware";

export interface GraphClientOptions {
  /** `https://graph.microsoft.com/v1.0` in production, the embedded store's `http://127.0.0.1:port/v1.0` locally. */
  readonly baseUrl: string;
  readonly tokenProvider: TokenProvider;
  /** Other origins that may receive the token (a national cloud, a proxy). */
  readonly customOrigins?: readonly string[];
  readonly retry?: Partial<RetryOptions>;
  readonly fetch?: typeof fetch;
  readonly onRequest?: RequestHook;
  /** Per HTTP request; 30 s by default. */
  readonly timeoutMs?: number;
}

/** A Graph client and the base URL it resolves paths against. */
export interface GraphConnection {
  readonly client: Client;
  readonly baseUrl: string;
}

/** Builds the client: auth → client-request-id → retry → fetch. Only the base URL and the token tell the backends apart. */
export function createGraphClient(options: GraphClientOptions): GraphConnection {
  const base = new URL(options.baseUrl);
  const version = base.pathname.replace(/^\/+|\/+$/g, "");
  const auth = new AuthMiddleware(options.tokenProvider, [base.origin, ...(options.customOrigins ?? [])]);
  const correlation = new ClientRequestIdMiddleware();
  const retry = new RetryMiddleware(options.retry);
  auth.setNext(correlation);
  correlation.setNext(retry);
  retry.setNext(new FetchHandler(options.fetch, options.onRequest, options.timeoutMs));
  const client = Client.initWithMiddleware({ baseUrl: base.origin, defaultVersion: version, middleware: auth });
  return { client, baseUrl: `${base.origin}/${version}` };
}
