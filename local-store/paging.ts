import { badRequest, StoreFailure } from "./http";

/** Graph's list item page size when $top is absent, and the most it serves in one page. */
export const DEFAULT_PAGE = 200;
export const MAX_PAGE = 5000;

export function pageSize(url: URL): number {
  const top = url.searchParams.get("$top") ?? url.searchParams.get("top");
  if (top === null) return DEFAULT_PAGE;
  const size = Number(top);
  if (!Number.isInteger(size) || size < 1) throw new StoreFailure(badRequest(`Invalid $top value: ${top}`));
  return Math.min(size, MAX_PAGE);
}

/** SharePoint's own skiptoken shape, base64 of `Paged=TRUE&p_ID=<last id>`; here the position is a number. */
export const encodeSkip = (position: number): string =>
  Buffer.from(`Paged=TRUE&p_ID=${position}`).toString("base64url");

export function decodeSkip(url: URL): number {
  const token = url.searchParams.get("$skiptoken");
  if (token === null) return 0;
  const match = /p_ID=(\d+)/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match) throw new StoreFailure(badRequest("Invalid $skiptoken."));
  return Number(match[1]);
}

/** The same request with other query values, on the origin the caller used (its Host header). */
export function linkWith(url: URL, origin: string, changes: Readonly<Record<string, string | undefined>>): string {
  const link = new URL(`${url.pathname}${url.search}`, origin);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) link.searchParams.delete(key);
    else link.searchParams.set(key, value);
  }
  return link.toString();
}

/**
 * One page read lazily from `entries` (ascending, already after the request's skiptoken): it reads one entry past
 * the page to know whether a nextLink is due, and never more, so a page costs its size, not the list's.
 */
export function pageOf<T>(
  entries: Iterable<T>,
  positionOf: (entry: T) => number,
  url: URL,
  origin: string,
): { value: T[]; nextLink?: string } {
  const size = pageSize(url);
  const value: T[] = [];
  for (const entry of entries) {
    const last = value[value.length - 1];
    if (value.length === size && last !== undefined)
      return { value, nextLink: linkWith(url, origin, { $skiptoken: encodeSkip(positionOf(last)) }) };
    value.push(entry);
  }
  return { value };
}

/** One page of `entries` (sorted by position) after the request's skiptoken, with the nextLink when more remain. */
export function page<T>(
  entries: readonly T[],
  positionOf: (entry: T) => number,
  url: URL,
  origin: string,
): { value: T[]; nextLink?: string } {
  const after = decodeSkip(url);
  return pageOf(
    entries.filter((entry) => positionOf(entry) > after),
    positionOf,
    url,
    origin,
  );
}
