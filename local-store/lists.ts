import { randomUUID } from "node:crypto";
import type { StoreContext } from "./context";
import { badRequest, fail, ok, StoreFailure } from "./http";
import type { StoreRequest, StoreResponse } from "./http";
import { builtInColumns } from "./model";
import type { StoredColumn, StoredList } from "./model";

const FACETS = [
  "text",
  "number",
  "boolean",
  "dateTime",
  "choice",
  "lookup",
  "currency",
  "personOrGroup",
  "calculated",
] as const;

export function listJson(list: StoredList): Record<string, unknown> {
  return {
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    description: list.description,
    createdDateTime: list.created,
    webUrl: `http://localhost/Lists/${encodeURIComponent(list.name)}`,
    list: { template: "genericList", hidden: false, contentTypesEnabled: false },
  };
}

export const columnJson = (col: StoredColumn): Record<string, unknown> => ({
  hidden: false,
  readOnly: false,
  columnGroup: "Custom Columns",
  ...col,
});

/** The site's lists, and `libraries`: the document libraries created besides the default one. */
export const listLists = (ctx: StoreContext, libraries: readonly Record<string, unknown>[] = []): StoreResponse =>
  ok({ value: [...[...ctx.state.lists.values()].map(listJson), ...libraries] });

/** A column definition from a request body; refused unless it names exactly one type facet Graph knows. */
export function acceptColumn(ctx: StoreContext, input: unknown): StoredColumn {
  const refuse = (message: string): never => {
    throw new StoreFailure(badRequest(message));
  };
  if (typeof input !== "object" || input === null) return refuse("A column definition must be an object.");
  const body = input as Record<string, unknown>;
  if (typeof body.name !== "string" || !/^[A-Za-z_][\w]*$/.test(body.name))
    return refuse("A column needs a valid name.");
  const facets = FACETS.filter((facet) => body[facet] !== undefined);
  if (facets.length !== 1) refuse(`Column '${body.name}' must have exactly one type facet.`);
  const lookup = body.lookup as { listId?: unknown } | undefined;
  if (lookup && (typeof lookup.listId !== "string" || !ctx.state.findList(lookup.listId))) {
    refuse(`Column '${body.name}' looks up a list that does not exist.`);
  }
  return {
    required: false,
    indexed: false,
    enforceUniqueValues: false,
    ...body,
    id: randomUUID(),
    name: body.name,
    displayName: typeof body.displayName === "string" ? body.displayName : body.name,
  };
}

export function createList(ctx: StoreContext, req: StoreRequest): StoreResponse {
  const body = (req.body ?? {}) as { displayName?: unknown; description?: unknown; columns?: unknown };
  if (typeof body.displayName !== "string" || body.displayName.trim() === "")
    return badRequest("A list needs a displayName.");
  if (ctx.state.findList(body.displayName))
    return fail(409, "nameAlreadyExists", `A list named '${body.displayName}' already exists.`);
  const columns = [...builtInColumns()];
  for (const input of Array.isArray(body.columns) ? body.columns : []) columns.push(acceptColumn(ctx, input));
  const info = {
    id: randomUUID(),
    name: body.displayName.normalize("NFD").replace(/[^\w]/g, ""),
    displayName: body.displayName,
    description: typeof body.description === "string" ? body.description : "",
    created: new Date().toISOString(),
  };
  ctx.commit([
    { t: "list", list: info },
    ...columns.map((column) => ({ t: "column" as const, listId: info.id, column })),
  ]);
  const list = ctx.state.lists.get(info.id) as StoredList;
  return ok({ ...listJson(list), columns: list.columns.map(columnJson) }, 201);
}

export const listColumns = (list: StoredList): StoreResponse => ok({ value: list.columns.map(columnJson) });

export function createColumn(ctx: StoreContext, list: StoredList, req: StoreRequest): StoreResponse {
  const column = acceptColumn(ctx, req.body);
  if (list.columns.some((existing) => existing.name === column.name))
    return fail(409, "nameAlreadyExists", `A column named '${column.name}' already exists.`);
  ctx.commit([{ t: "column", listId: list.id, column }]);
  return ok(columnJson(column), 201);
}
