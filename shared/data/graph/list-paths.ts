import type { ListDefinition } from "../schema";
import { selectFields, wireName } from "../schema";

/** Where a list lives in Graph: lists are addressed by title, as Graph allows, so no lookup request is needed. */
export function listPath(siteId: string, list: ListDefinition): string {
  // Graph's documentation writes composite site ids with literal commas; keep them so.
  return `/sites/${encodeURIComponent(siteId).replace(/%2C/gi, ",")}/lists/${encodeURIComponent(list.displayName)}`;
}

export type Where = Readonly<Record<string, string | number | boolean>>;

/** Lookup ids are integers in SharePoint: they are compared unquoted, like numbers. */
function literal(kind: string, value: string | number | boolean): string {
  if (typeof value !== "string") return String(value);
  if ((kind === "lookup" || kind === "number") && /^\d+$/.test(value)) return value;
  return `'${value.replace(/'/g, "''")}'`;
}

/** `$filter` on indexed columns only: Graph refuses a filter on a non-indexed column of a large list. */
export function filterExpression(list: ListDefinition, where: Where): string | undefined {
  const clauses = Object.entries(where).map(([key, value]) => {
    const col = list.columns[key];
    if (!col?.indexed)
      throw new Error(`${list.displayName} : la colonne ${key} n'est pas indexée, filtrez côté client.`);
    return `fields/${wireName(list, key)} eq ${literal(col.kind, value)}`;
  });
  return clauses.length > 0 ? clauses.join(" and ") : undefined;
}

/** The query string of a read: every declared field, and the filter when there is one. */
export function itemsQuery(list: ListDefinition, options: { where?: Where; top?: number } = {}): string {
  const parts = [`expand=fields(select=${selectFields(list).join(",")})`];
  if (options.top !== undefined) parts.push(`$top=${options.top}`);
  const filter = filterExpression(list, options.where ?? {});
  if (filter) parts.push(`$filter=${encodeURIComponent(filter)}`);
  return `?${parts.join("&")}`;
}
