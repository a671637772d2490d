import { checkBudget } from "./check-budget";
import { syntheticBudget } from "./synthetic";

function timeOf(lines: number): number {
  const doc = syntheticBudget(lines);
  checkBudget(doc, { today: "2025-06-15" }); // warm-up: plans de comptes expanded, JIT compiled
  const start = performance.now();
  checkBudget(doc, { today: "2025-06-15" });
  return performance.now() - start;
}

describe("budget synthétique", () => {
  it("est équilibré et conforme : aucune erreur ni avertissement", () => {
    const doc = syntheticBudget(1000);
    expect(doc.lines).toHaveLength(1000);
    expect(checkBudget(doc, { today: "2025-06-15" }).filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("100 000 lignes vérifiées en moins de 200 ms, en temps linéaire", () => {
    const big = timeOf(100_000);
    const small = timeOf(10_000);
    expect(big).toBeLessThan(200);
    // Ten times the lines must not cost much more than ten times the time (quadratic would be ~100×).
    expect(big).toBeLessThan(Math.max(small, 1) * 25);
  });
});
