import { balancedPlan } from "@tests/fixtures/plans/build-plan";
import { formatPlanIssue, parsePlan } from "./plan-schema";

describe("parsePlan", () => {
  it("accepte un plan complet et complète les valeurs par défaut", () => {
    const { derogations: _d, funders: _f, ...minimal } = balancedPlan();
    const result = parsePlan(
      JSON.parse(JSON.stringify({ ...minimal, depenses: [{ label: "Travaux", htCents: 100, ttcCents: 120 }] })),
    );
    expect(result).toMatchObject({ ok: true, plan: { funders: [], derogations: [], depenses: [{ eligible: true }] } });
  });

  it("restitue le plan de référence à l'identique", () => {
    const plan = balancedPlan();
    expect(parsePlan(JSON.parse(JSON.stringify(plan)))).toEqual({ ok: true, plan });
  });

  it("nomme le champ fautif en français", () => {
    const plan = JSON.parse(JSON.stringify(balancedPlan()));
    plan.funders[1].amountCents = 12.5;
    plan.funders[0].kind = "loto";
    plan.project.commencement = "2025-13-01";
    plan.basis = "HT+TTC";
    plan.inconnu = true;
    const result = parsePlan(plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatPlanIssue)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^funders\[1\]\.amountCents : .*entier/),
        expect.stringMatching(/^funders\[0\]\.kind : .*"detr"/),
        expect.stringMatching(/^project\.commencement : .*date/),
        expect.stringMatching(/^basis : /),
        expect.stringMatching(/Clé non reconnue : "inconnu"/),
      ]),
    );
  });

  it("refuse ce qui n'est pas un objet", () => {
    expect(parsePlan([1, 2])).toMatchObject({
      ok: false,
      errors: [{ path: "", message: expect.stringMatching(/objet/) }],
    });
  });
});
