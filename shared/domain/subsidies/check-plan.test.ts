import { balancedPlan, DEPARTEMENT, DETR } from "@tests/fixtures/plans/build-plan";
import { checkPlan } from "./check-plan";

describe("checkPlan", () => {
  it("ne signale qu'une information sur le plan équilibré", () => {
    expect(checkPlan(balancedPlan(), { today: "2025-06-15" }).map((f) => [f.rule, f.severity])).toEqual([
      ["PLAN-PF-06", "info"],
    ]);
  });

  it("applique les bornes configurées pour le département du plan, sinon celui des options", () => {
    const bounds = {
      byDepartement: { "87": { departement: { maxBp: 1000, source: "règlement de la Haute-Vienne" } } },
    };
    const fromOptions = balancedPlan({ commune: {} });
    expect(checkPlan(fromOptions, { today: "2025-06-15", departement: "87", bounds }).map((f) => f.rule)).toContain(
      "PLAN-TAUX-FINANCEUR",
    );
    expect(
      checkPlan(balancedPlan(), { today: "2025-06-15", departement: "87", bounds }).map((f) => f.rule),
    ).not.toContain("PLAN-TAUX-FINANCEUR");
  });

  it("juge à la date du plan, sinon à --date", () => {
    const plan = balancedPlan({
      funders: [DETR, { ...DEPARTEMENT, amountCents: 120_000_00, rateBp: 6000 }],
      autofinancementCents: 20_000_00,
      empruntCents: 0,
      derogations: [{ kind: "renovation-energetique-scolaire", decision: "arrêté du 02/05/2025" }],
    });
    const participation = (date?: string) =>
      checkPlan({ ...plan, date: "2023-01-10" }, { today: "2025-06-15", ...(date ? { date } : {}) }).filter(
        (f) => f.rule === "PLAN-PARTICIPATION-MIN" && f.severity === "error",
      );
    expect(participation()).toHaveLength(1);
    expect(participation("2025-01-10")).toHaveLength(0);
  });
});
