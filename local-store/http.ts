import type { Caller } from "./caller";

/** A request as the store's handlers see it, whether it came over HTTP or inside a $batch. */
export interface StoreRequest {
  /** Who sends it, read from its token; a $batch's sub-requests are its caller's. */
  readonly caller: Caller;
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
  /** The bytes of a file upload (drive content), whose body is not JSON. */
  readonly raw?: Uint8Array;
}

export interface StoreResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export const ok = (body: unknown, status = 200, headers: Record<string, string> = {}): StoreResponse => ({
  status,
  body,
  headers,
});

/** Graph's error shape: `{ error: { code, message } }`. */
export function fail(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): StoreResponse {
  return { status, headers, body: { error: { code, message, innerError: { date: new Date().toISOString() } } } };
}

export const notFound = (what: string): StoreResponse => fail(404, "itemNotFound", `${what} not found.`);
export const badRequest = (message: string): StoreResponse => fail(400, "invalidRequest", message);
export const forbidden = (message: string): StoreResponse => fail(403, "accessDenied", message);

/** Thrown by handlers deep in a call; the router turns it into its response. */
export class StoreFailure extends Error {
  constructor(readonly response: StoreResponse) {
    super(`store failure ${response.status}`);
  }
}
