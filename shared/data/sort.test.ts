import { sortBy } from "./sort";

describe("sortBy", () => {
  it("trie à la française, nombres dans le texte compris, valeurs absentes en dernier", () => {
    const rows = [{ n: "Écluse" }, { n: "eau" }, { n: "Point 10" }, { n: undefined }, { n: "Point 9" }, { n: "Zèbre" }];
    expect(sortBy(rows, "n").map((r) => r.n)).toEqual(["eau", "Écluse", "Point 9", "Point 10", "Zèbre", undefined]);
  });

  it("trie des nombres dans les deux sens", () => {
    const rows = [{ v: 2 }, { v: 10 }, { v: 1 }];
    expect(sortBy(rows, "v", "desc").map((r) => r.v)).toEqual([10, 2, 1]);
  });
});
