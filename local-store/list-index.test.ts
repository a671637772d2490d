import { StoreState } from "./model";
import { encodeSkip, pageOf } from "./paging";
import type { StoredItem, StoredList } from "./model";

const LIST = "liste";

function item(id: number, fields: Record<string, unknown>, version = 1): StoredItem {
  return { id: String(id), guid: `g${id}`, version, fields, created: "", modified: "", seq: id * 10 + version };
}

function state(): { state: StoreState; list: StoredList } {
  const s = new StoreState();
  s.apply({ t: "list", list: { id: LIST, name: LIST, displayName: LIST, description: "", created: "" } });
  return { state: s, list: s.lists.get(LIST) as StoredList };
}

/** A deterministic shuffle of creations, updates and deletions, checked against a plain scan of the items. */
describe("index d'une liste", () => {
  it("donne les ids dans l'ordre après une position, comme un parcours complet trié", () => {
    const { state: s, list } = state();
    for (let id = 1; id <= 3000; id++) s.apply({ t: "item", listId: LIST, item: item(id, { Seance: String(id % 7) }) });
    for (let id = 3; id <= 3000; id += 5) s.apply({ t: "removed", listId: LIST, id: String(id), seq: 90_000 + id });
    const scan = (after: number) =>
      [...list.items.keys()]
        .map(Number)
        .filter((id) => id > after)
        .sort((a, b) => a - b)
        .map(String);
    for (const after of [0, 1, 2, 3, 1499, 2998, 3000]) expect([...list.index.idsAfter(after)]).toEqual(scan(after));
  });

  it("suit les valeurs d'un champ à travers créations, modifications et suppressions", () => {
    const { state: s, list } = state();
    for (let id = 1; id <= 500; id++) s.apply({ t: "item", listId: LIST, item: item(id, { Seance: String(id % 5) }) });
    // The index of the field is built here, then must follow every later change.
    expect([...list.index.matching("Seance", "3")]).toHaveLength(100);
    for (let id = 1; id <= 500; id += 3)
      s.apply({ t: "item", listId: LIST, item: item(id, id % 2 ? { Seance: "3" } : {}, 2) });
    for (let id = 2; id <= 500; id += 11) s.apply({ t: "removed", listId: LIST, id: String(id), seq: 90_000 + id });
    for (const value of ["0", "1", "2", "3", "4"]) {
      const scan = [...list.items.values()]
        .filter((i) => i.fields.Seance === value)
        .map((i) => Number(i.id))
        .sort((a, b) => a - b);
      expect([...list.index.matching("Seance", value)]).toEqual(scan.map(String));
      expect([...list.index.matching("Seance", value, 250)]).toEqual(scan.filter((id) => id > 250).map(String));
    }
    expect([...list.index.matching("Seance", null)]).toEqual([]);
  });

  it("une page ne lit que ses éléments et un de plus, où qu'elle commence dans la liste", () => {
    const { state: s, list } = state();
    for (let id = 1; id <= 20_000; id++)
      s.apply({ t: "item", listId: LIST, item: item(id, { Seance: String(id % 7) }) });
    for (const [after, matching] of [
      [0, list.index.idsAfter(0)],
      [19_000, list.index.idsAfter(19_000)],
      [15_000, list.index.matching("Seance", "3", 15_000)],
    ] as const) {
      let read = 0;
      const counted = (function* () {
        for (const id of matching) {
          read++;
          yield id;
        }
      })();
      const url = new URL(`http://localhost/items?$top=100&$skiptoken=${encodeSkip(after)}`);
      const { value, nextLink } = pageOf(counted, Number, url, "http://localhost");
      expect(value).toHaveLength(100);
      expect(Number(value[0])).toBeGreaterThan(after);
      expect(nextLink).toContain(encodeSkip(Number(value[99])));
      expect(read).toBe(101);
    }
  });
});
