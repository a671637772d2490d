import type { LocalStore } from "../../local-store";

export interface RawAnswer {
  readonly status: number;
  readonly body: { error?: { code?: string; message?: string } } & Record<string, unknown>;
}

/** One raw Graph call as the site admin, past the client's checks: what another tool could send. */
export async function graphCall(
  store: LocalStore,
  method: string,
  path: string,
  body?: unknown,
  init: { rawBody?: string } = {},
): Promise<RawAnswer> {
  const url = path.startsWith("/$batch")
    ? `${store.graphBaseUrl}${path}`
    : `${store.graphBaseUrl}/sites/${encodeURIComponent(store.siteId)}${path}`;
  const answer = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${store.tokens.admin()}`, "Content-Type": "application/json" },
    ...(init.rawBody !== undefined ? { body: init.rawBody } : body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await answer.text();
  return { status: answer.status, body: text === "" ? {} : (JSON.parse(text) as RawAnswer["body"]) };
}
