import { ResponseType } from "@microsoft/microsoft-graph-client";
import type { GraphConnection } from "../graph/create-graph-client";
import { networkError } from "../graph/errors";
import type { GraphAnswer } from "../graph/transport";

/** A file's bytes as a body the SDK sends untouched in the browser and in Node (it copies typed arrays wrongly). */
const asBlob = (bytes: Uint8Array): Blob => new Blob([bytes as Uint8Array<ArrayBuffer>]);

async function answerOf(response: Response): Promise<GraphAnswer> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, headers: Object.fromEntries(response.headers.entries()), body };
}

/** PUT of a file's bytes through the client's pipeline (token, retry, counting). */
export async function putBytes(
  connection: GraphConnection,
  path: string,
  bytes: Uint8Array,
  headers: Readonly<Record<string, string>> = {},
): Promise<GraphAnswer> {
  let response: Response;
  try {
    response = (await connection.client
      .api(path)
      .responseType(ResponseType.RAW)
      .headers({ "Content-Type": "application/octet-stream", ...headers })
      .put(asBlob(bytes))) as Response;
  } catch {
    throw networkError();
  }
  return answerOf(response);
}

/** GET of a file's bytes; a non-2xx answer comes back as data, like every call of the data layer. */
export async function getBytes(
  connection: GraphConnection,
  path: string,
): Promise<{ readonly status: number; readonly bytes?: Uint8Array; readonly answer?: GraphAnswer }> {
  let response: Response;
  try {
    response = (await connection.client.api(path).responseType(ResponseType.RAW).get()) as Response;
  } catch {
    throw networkError();
  }
  if (!response.ok) return { status: response.status, answer: await answerOf(response) };
  return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/**
 * One fragment to an upload session's URL. That URL is pre-authenticated and outside Graph's host: it goes through
 * plain fetch, without the Authorization header (Graph may answer 401 when it is sent one).
 */
export async function putFragment(
  fetchImpl: typeof fetch,
  uploadUrl: string,
  fragment: Uint8Array,
  start: number,
  total: number,
): Promise<GraphAnswer> {
  let response: Response;
  try {
    response = await fetchImpl(uploadUrl, {
      method: "PUT",
      headers: { "Content-Range": `bytes ${start}-${start + fragment.length - 1}/${total}` },
      body: asBlob(fragment),
    });
  } catch {
    throw networkError();
  }
  return answerOf(response);
}
