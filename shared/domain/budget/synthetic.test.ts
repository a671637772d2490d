import { checkBudget } from "./check-budget";
import { syntheticBudget } from "./synthetic";

describe("budget synthétique", () => {
  it("est équilibré et conforme : aucune erreur ni avertissement", () => {
    const doc = syntheticBudget(1000);
    expect(doc.lines).toHaveLength(1000);
    expect(checkBudget(doc, { today: "2025-06-15" }).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("100 000 lignes distinctes vérifiées sans constat (la durée est mesurée par npm run bench)", () => {
    const doc = syntheticBudget(100_000);
    expect(doc.lines).toHaveLength(100_000);
    expect(checkBudget(doc, { today: "2025-06-15" }).filter((f) => f.severity === "error")).toEqual([]);
  });
});
