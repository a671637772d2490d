import { balancedPlan } from "@tests/fixtures/plans/build-plan";
import { minimumParticipation } from "./derogations";
import type { DerogationKind } from "./plan";

describe("participation minimale et dérogations", () => {
  const withDerogations = (...kinds: DerogationKind[]) =>
    balancedPlan({ derogations: kinds.map((kind) => ({ kind })) });

  it("vaut 20 % sans dérogation, 0 outre-mer", () => {
    expect(minimumParticipation(balancedPlan(), "2025-06-15", "23").bp).toBe(2000);
    expect(minimumParticipation(balancedPlan(), "2025-06-15", "976")).toMatchObject({
      bp: 0,
      reason: expect.stringContaining("outre-mer"),
    });
  });

  it("retient la dérogation la plus basse, même pour une compétence à chef de file", () => {
    const plan = withDerogations("chef-de-file", "corse", "renovation-urbaine");
    expect(minimumParticipation(plan, "2025-06-15", "2A").bp).toBe(0);
    expect(minimumParticipation(withDerogations("chef-de-file"), "2025-06-15").bp).toBe(3000);
  });

  it("ignore une dérogation pas encore en vigueur", () => {
    const plan = withDerogations("patrimoine-non-protege");
    expect(minimumParticipation(plan, "2019-06-01")).toMatchObject({ bp: 2000, notInForce: plan.derogations });
    expect(minimumParticipation(plan, "2020-01-01").bp).toBe(0);
  });
});
