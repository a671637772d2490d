import { cellOf } from "./plan-source";

describe("cellOf", () => {
  const cells = { "funders[0]": "A22", basis: "B6" };
  it("remonte au parent le plus proche qui a une cellule", () => {
    expect(cellOf(cells, "funders[0].rateBp")).toBe("A22");
    expect(cellOf(cells, "basis")).toBe("B6");
    expect(cellOf(cells, "depenses[2].htCents")).toBeUndefined();
    expect(cellOf(cells, "")).toBeUndefined();
  });
});
