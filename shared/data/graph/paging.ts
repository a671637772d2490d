import type { GraphConnection } from "./create-graph-client";
import { errorFromResponse } from "./errors";
import { relativeLink, send } from "./transport";

export interface Collected {
  readonly values: unknown[];
  readonly deltaLink?: string;
}

/** Follows `@odata.nextLink` from a first path to the last page, which may carry a `@odata.deltaLink`. */
export async function collectPages(connection: GraphConnection, firstPath: string): Promise<Collected> {
  const values: unknown[] = [];
  let path: string | undefined = firstPath;
  while (path !== undefined) {
    const answer = await send(connection, { method: "GET", path });
    if (answer.status !== 200) throw errorFromResponse(answer.status, answer.body, answer.headers);
    const page = (answer.body ?? {}) as { value?: unknown; "@odata.nextLink"?: unknown; "@odata.deltaLink"?: unknown };
    if (Array.isArray(page.value)) values.push(...(page.value as unknown[]));
    if (typeof page["@odata.deltaLink"] === "string") return { values, deltaLink: page["@odata.deltaLink"] };
    path = typeof page["@odata.nextLink"] === "string" ? relativeLink(connection, page["@odata.nextLink"]) : undefined;
  }
  return { values };
}
