import { ResponseType } from "@microsoft/microsoft-graph-client";
import type { GraphConnection } from "./create-graph-client";
import { DataError, networkError } from "./errors";

export type Method = "GET" | "POST" | "PATCH" | "DELETE";

export interface GraphCall {
  readonly method: Method;
  /** Relative to the version: `/sites/{id}/lists/{list}/items?...`. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface GraphAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** One call through the SDK pipeline, answering every status as data; only a lost connection throws (status 0). */
export async function send(connection: GraphConnection, call: GraphCall): Promise<GraphAnswer> {
  const request = connection.client
    .api(call.path)
    .responseType(ResponseType.RAW)
    .headers({ ...call.headers });
  let response: Response;
  try {
    if (call.method === "GET") response = (await request.get()) as Response;
    else if (call.method === "POST") response = (await request.post(call.body)) as Response;
    else if (call.method === "PATCH") response = (await request.patch(call.body)) as Response;
    else response = (await request.delete()) as Response;
  } catch {
    throw networkError();
  }
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: await readBody(response),
  };
}

/**
 * A nextLink or deltaLink as a path relative to our own base URL. The SDK only parses https absolute URLs, and the
 * link's host may be the store's real address when pages reach it through a proxy: the path is what identifies the
 * page, and keeping our own origin also keeps the token on the host it was configured for.
 */
export function relativeLink(connection: GraphConnection, link: string): string {
  const url = new URL(link, connection.baseUrl);
  const prefix = new URL(connection.baseUrl).pathname.replace(/\/+$/, "");
  if (!url.pathname.startsWith(`${prefix}/`))
    throw new DataError(`Lien de pagination inattendu : ${url.pathname}.`, 0, "invalidLink");
  return `${url.pathname.slice(prefix.length)}${url.search}`;
}
