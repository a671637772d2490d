import { toFields } from "../schema";
import type { DraftOf, ListDefinition } from "../schema";
import { listPath } from "./list-paths";
import type { GraphCall } from "./transport";

/** A write as the pages and the outbox describe it. */
export type WriteOp<L extends ListDefinition> =
  | { readonly kind: "create"; readonly draft: DraftOf<L>; readonly clientId: string }
  | { readonly kind: "update"; readonly id: string; readonly eTag: string; readonly patch: Partial<DraftOf<L>> }
  | { readonly kind: "delete"; readonly id: string; readonly eTag?: string };

/** The Graph call of a write (listitem-create, listitem-update on /fields, listitem-delete). */
export function writeCall<L extends ListDefinition>(siteId: string, list: L, op: WriteOp<L>): GraphCall {
  const items = `${listPath(siteId, list)}/items`;
  switch (op.kind) {
    case "create":
      return {
        method: "POST",
        path: items,
        body: { fields: { ...toFields(list, op.draft), [list.columns.clientId.name]: op.clientId } },
      };
    case "update":
      return {
        method: "PATCH",
        path: `${items}/${op.id}/fields`,
        headers: { "If-Match": op.eTag },
        body: toFields(list, op.patch),
      };
    case "delete":
      return { method: "DELETE", path: `${items}/${op.id}`, ...(op.eTag ? { headers: { "If-Match": op.eTag } } : {}) };
  }
}
