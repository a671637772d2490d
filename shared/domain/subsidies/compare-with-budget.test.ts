import { formatMoney } from "../common/money";
import { balancedPlan } from "@tests/fixtures/plans/build-plan";
import type { BudgetLineLike } from "./compare-with-budget";
import { comparePlanWithBudget } from "./compare-with-budget";

const line = (
  sens: "D" | "R",
  chapitre: string,
  nature: string,
  amountCents: number,
  operation = "101",
): BudgetLineLike => ({ section: "I", sens, chapitre, nature, operation, amountCents });

describe("comparePlanWithBudget", () => {
  const budget = [
    line("D", "101", "2313", 200_000_00),
    line("D", "101", "2031", 40_000_00),
    line("R", "13", "1341", 60_000_00),
    line("R", "13", "1323", 40_000_00),
    line("D", "102", "2183", 5_000_00, "102"),
  ];

  it("ne dit rien quand le budget porte le coût TTC et les subventions du plan", () => {
    expect(comparePlanWithBudget(balancedPlan(), budget)).toEqual([]);
  });

  it("signale les écarts de dépenses et de chapitre 13", () => {
    const gaps = comparePlanWithBudget(balancedPlan(), [...budget.slice(0, 3), line("R", "10", "10222", 39_370_00)]);
    expect(gaps).toEqual([
      expect.objectContaining({
        kind: "subventions",
        planCents: 100_000_00,
        budgetCents: 60_000_00,
        at: { section: "I", sens: "R", chapitre: "13" },
      }),
    ]);
    const [first] = comparePlanWithBudget(balancedPlan(), budget.slice(1));
    expect(first?.kind).toBe("depenses");
    expect(first?.message).toContain(`Opération 101 : dépenses inscrites au budget ${formatMoney(40_000_00)}`);
  });

  it("exige un numéro d'opération", () => {
    expect(comparePlanWithBudget(balancedPlan({ project: { title: "Salle" } }), budget)).toMatchObject([
      { kind: "operation" },
    ]);
  });
});
