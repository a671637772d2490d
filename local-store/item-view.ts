import { etagOf } from "./model";
import type { StoredItem, StoredList } from "./model";

/** What `expand=fields(select=a,b)` asked for: no fields, all of them, or some. */
export type FieldsView = { readonly expand: false } | { readonly expand: true; readonly select?: ReadonlySet<string> };

const EXPAND = /^fields(?:\(\$?select=([^)]*)\))?$/i;

export function fieldsView(url: URL): FieldsView {
  const expand = url.searchParams.get("expand") ?? url.searchParams.get("$expand");
  const match = expand ? EXPAND.exec(expand.trim()) : null;
  if (!match) return { expand: false };
  const select = match[1]
    ?.split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  return select ? { expand: true, select: new Set(select) } : { expand: true };
}

/** A fieldValueSet: what PATCH /fields answers and what `expand=fields` embeds. */
export function fieldValueSet(item: StoredItem, select?: ReadonlySet<string>): Record<string, unknown> {
  const etag = etagOf(item);
  if (select) {
    return {
      "@odata.etag": etag,
      ...Object.fromEntries(Object.entries(item.fields).filter(([key]) => select.has(key))),
    };
  }
  return { "@odata.etag": etag, id: item.id, ...item.fields, Created: item.created, Modified: item.modified };
}

/** Each list's display form address, up to the item id: encoded once, not once per item of every page. */
const displayForms = new WeakMap<StoredList, string>();

function displayFormOf(list: StoredList): string {
  let address = displayForms.get(list);
  if (address === undefined) {
    address = `http://localhost/Lists/${encodeURIComponent(list.displayName)}/DispForm.aspx?ID=`;
    displayForms.set(list, address);
  }
  return address;
}

/** A listItem as Graph serialises it. */
export function itemJson(list: StoredList, item: StoredItem, view: FieldsView): Record<string, unknown> {
  const etag = etagOf(item);
  return {
    "@odata.etag": etag,
    id: item.id,
    eTag: etag,
    createdDateTime: item.created,
    lastModifiedDateTime: item.modified,
    ...(item.createdBy ? { createdBy: { user: item.createdBy } } : {}),
    ...(item.modifiedBy ? { lastModifiedBy: { user: item.modifiedBy } } : {}),
    webUrl: `${displayFormOf(list)}${item.id}`,
    contentType: { id: "0x0100", name: "Item" },
    ...(view.expand ? { fields: fieldValueSet(item, view.select) } : {}),
  };
}
