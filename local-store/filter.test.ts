import { checkIndexed, matches, parseFilter } from "./filter";
import type { StoredItem, StoredList } from "./model";

const list = {
  columns: [
    { id: "1", name: "Seance", indexed: true, lookup: { listId: "x" } },
    { id: "2", name: "Title", indexed: false, text: {} },
  ],
} as unknown as StoredList;
const item = (fields: Record<string, unknown>) => ({ fields }) as StoredItem;

describe("$filter du stockage local", () => {
  it("lit eq, ne, and et les littéraux OData", () => {
    expect(
      parseFilter("fields/SeanceLookupId eq '5' and fields/Title ne 'l''été' and fields/N eq 3 and fields/B eq true"),
    ).toEqual([
      { field: "SeanceLookupId", negate: false, value: "5" },
      { field: "Title", negate: true, value: "l'été" },
      { field: "N", negate: false, value: 3 },
      { field: "B", negate: false, value: true },
    ]);
    expect(() => parseFilter("startswith(fields/Title, 'a')")).toThrow();
  });

  it("compare les identifiants de recherche en texte ou en nombre", () => {
    const filter = parseFilter("fields/SeanceLookupId eq 5");
    expect(matches(item({ SeanceLookupId: "5" }), filter)).toBe(true);
    expect(matches(item({ SeanceLookupId: "6" }), filter)).toBe(false);
    expect(matches(item({}), parseFilter("fields/Title eq null"))).toBe(true);
  });

  it("refuse une colonne non indexée sauf avec l'en-tête Prefer de Graph", () => {
    const filter = parseFilter("fields/Title eq 'a'");
    expect(() => checkIndexed(list, filter, undefined)).toThrow();
    expect(() => checkIndexed(list, filter, "HonorNonIndexedQueriesWarningMayFailRandomly")).not.toThrow();
    expect(() => checkIndexed(list, parseFilter("fields/SeanceLookupId eq 1"), undefined)).not.toThrow();
  });
});
