import { address, columnName, parseAddress } from "./a1";

describe("adresses A1", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("colonne %i → %s", (index, name) => expect(columnName(index)).toBe(name));

  it("aller-retour adresse ↔ indices", () => {
    expect(address(11, 27)).toBe("AB12");
    expect(parseAddress("AB12")).toEqual({ row: 11, column: 27 });
    expect(parseAddress("12AB")).toBeNull();
  });
});
