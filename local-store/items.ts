import { randomUUID } from "node:crypto";
import { accessFor } from "./access";
import type { ItemView } from "./access";
import { userOf } from "./caller";
import type { StoreContext } from "./context";
import { acceptFields, checkRequired, checkUnique, merge } from "./fields";
import { checkIndexed, matches, parseFilter } from "./filter";
import type { Comparison } from "./filter";
import { fail, forbidden, notFound, ok } from "./http";
import type { StoreRequest, StoreResponse } from "./http";
import { fieldsView, fieldValueSet, itemJson } from "./item-view";
import { etagOf } from "./model";
import type { StoredItem, StoredList } from "./model";
import { decodeSkip, page, pageOf } from "./paging";

/**
 * The ids that may match, ascending, after the skiptoken: those the field index gives for the first `eq`, or the
 * ids in order from a binary search. Either way a page does not scan the list from its start.
 */
function candidateIds(list: StoredList, comparisons: readonly Comparison[], after: number): Iterable<string> {
  const equality = comparisons.find((comparison) => !comparison.negate && comparison.value !== null);
  if (!equality) return list.index.idsAfter(after);
  return list.index.matching(equality.field, equality.value, after);
}

/** Graph compares If-Match with the item's eTag; `*` matches any existing item. */
function preconditionFails(req: StoreRequest, item: StoredItem): boolean {
  const wanted = req.headers["if-match"];
  return wanted !== undefined && wanted !== "*" && wanted !== etagOf(item);
}

const preconditionFailed = (): StoreResponse =>
  fail(412, "preconditionFailed", "The resource has changed since the caller last read it; usually an eTag mismatch.");

/** The item if the caller may see it: what they may not see does not exist for them, as in SharePoint. */
export function visibleItem(
  ctx: StoreContext,
  list: StoredList,
  id: string,
  req: StoreRequest,
): StoredItem | undefined {
  const item = list.items.get(id);
  return item && accessFor(req.caller, ctx.state).canRead(list, item) ? item : undefined;
}

function refused(
  ctx: StoreContext,
  list: StoredList,
  req: StoreRequest,
  before: ItemView | undefined,
  after: ItemView | undefined,
): StoreResponse | undefined {
  const reason = accessFor(req.caller, ctx.state).refusal(list, before, after);
  return reason === undefined ? undefined : forbidden(reason);
}

export function listItems(ctx: StoreContext, list: StoredList, req: StoreRequest, origin: string): StoreResponse {
  const filter = req.url.searchParams.get("$filter") ?? req.url.searchParams.get("filter");
  const comparisons = filter ? parseFilter(filter) : [];
  checkIndexed(list, comparisons, req.headers.prefer);
  // $orderby is not honoured, like on large SharePoint lists: items come in id order and the client sorts.
  const access = accessFor(req.caller, ctx.state);
  const view = fieldsView(req.url);
  function* visible(): Generator<StoredItem> {
    for (const id of candidateIds(list, comparisons, decodeSkip(req.url))) {
      const item = list.items.get(id);
      if (item && matches(item, comparisons) && access.canRead(list, item)) yield item;
    }
  }
  const { value, nextLink } = pageOf(visible(), (item) => Number(item.id), req.url, origin);
  return ok({
    value: value.map((item) => itemJson(list, item, view)),
    ...(nextLink ? { "@odata.nextLink": nextLink } : {}),
  });
}

export function getItem(ctx: StoreContext, list: StoredList, id: string, req: StoreRequest): StoreResponse {
  const item = visibleItem(ctx, list, id, req);
  return item ? ok(itemJson(list, item, fieldsView(req.url))) : notFound("Item");
}

export function createItem(ctx: StoreContext, list: StoredList, req: StoreRequest): StoreResponse {
  const fields = acceptFields(ctx.state, list, (req.body as { fields?: unknown } | undefined)?.fields ?? {});
  checkRequired(list, fields, false);
  const author = userOf(ctx.state, req.caller);
  const denied = refused(ctx, list, req, undefined, { fields, createdBy: author });
  if (denied) return denied;
  checkUnique(list, fields);
  const now = new Date().toISOString();
  const item: StoredItem = {
    id: String(list.lastId + 1),
    guid: randomUUID(),
    version: 1,
    fields: merge({}, fields),
    created: now,
    modified: now,
    createdBy: author,
    modifiedBy: author,
    seq: ctx.state.seq + 1,
  };
  ctx.commit([{ t: "item", listId: list.id, item }]);
  return ok(itemJson(list, item, { expand: true }), 201);
}

export function updateFields(ctx: StoreContext, list: StoredList, id: string, req: StoreRequest): StoreResponse {
  const current = visibleItem(ctx, list, id, req);
  if (!current) return notFound("Item");
  if (preconditionFails(req, current)) return preconditionFailed();
  const patch = acceptFields(ctx.state, list, req.body ?? {});
  checkRequired(list, patch, true);
  const fields = merge(current.fields, patch);
  const denied = refused(ctx, list, req, current, { ...current, fields });
  if (denied) return denied;
  checkUnique(list, fields, id);
  const item: StoredItem = {
    ...current,
    fields,
    version: current.version + 1,
    modified: new Date().toISOString(),
    modifiedBy: userOf(ctx.state, req.caller),
    seq: ctx.state.seq + 1,
  };
  ctx.commit([{ t: "item", listId: list.id, item }]);
  return ok(fieldValueSet(item));
}

export function deleteItem(ctx: StoreContext, list: StoredList, id: string, req: StoreRequest): StoreResponse {
  const current = visibleItem(ctx, list, id, req);
  if (!current) return notFound("Item");
  if (preconditionFails(req, current)) return preconditionFailed();
  const denied = refused(ctx, list, req, current, undefined);
  if (denied) return denied;
  ctx.commit([{ t: "removed", listId: list.id, id, seq: ctx.state.seq + 1 }]);
  return { status: 204 };
}

type DeltaEntry = { readonly seq: number; readonly json: Record<string, unknown> };

/** listItem delta: changes after the token, deletions as `deleted: { state: "deleted" }` (the documented shape), a
 * deltaLink on the last page. */
export function delta(ctx: StoreContext, list: StoredList, req: StoreRequest, origin: string): StoreResponse {
  const token = req.url.searchParams.get("token");
  const since = token === null ? 0 : Number(token);
  if (!Number.isInteger(since) || since < 0 || since > ctx.state.seq) {
    // As Graph documents it: 410 with a Location that starts a fresh enumeration (listitem-delta, « 410 Gone »).
    return fail(
      410,
      "resyncChangesApplyDifferences",
      "Resync required. Replace any local items with the server's version and resynchronize.",
      { Location: freshDelta(req.url, origin) },
    );
  }
  const view = fieldsView(req.url);
  const access = accessFor(req.caller, ctx.state);
  // Deletions carry no fields to judge them by: every caller learns that an id is gone, nothing more.
  const entries: DeltaEntry[] = [...list.items.values()]
    .filter((item) => item.seq > since && access.canRead(list, item))
    .map((item) => ({ seq: item.seq, json: itemJson(list, item, view) }));
  if (token !== null) {
    for (const [id, seq] of list.removed)
      if (seq > since) entries.push({ seq, json: { id, deleted: { state: "deleted" } } });
  }
  entries.sort((a, b) => a.seq - b.seq);
  const { value, nextLink } = page(entries, (entry) => entry.seq, req.url, origin);
  const end = nextLink
    ? { "@odata.nextLink": nextLink }
    : { "@odata.deltaLink": deltaLink(req.url, origin, ctx.state.seq) };
  return ok({ value: value.map((entry) => entry.json), ...end });
}

function freshDelta(url: URL, origin: string): string {
  const link = new URL(url.pathname, origin);
  const expand = url.searchParams.get("expand") ?? url.searchParams.get("$expand");
  if (expand) link.searchParams.set("expand", expand);
  return link.toString();
}

function deltaLink(url: URL, origin: string, seq: number): string {
  const link = new URL(freshDelta(url, origin));
  link.searchParams.set("token", String(seq));
  return link.toString();
}
