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

  it("nomme le champ comme le plan le montre, en français, sans clé JSON ni jargon", () => {
    const plan = JSON.parse(JSON.stringify(balancedPlan()));
    plan.funders[1].amountCents = 12.5;
    plan.funders[0].kind = "loto";
    plan.project.commencement = "2025-13-01";
    plan.basis = "HT+TTC";
    plan.inconnu = true;
    const result = parsePlan(plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.errors.map(formatPlanIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        "montant du financeur n° 2 : un montant en centimes est attendu (nombre entier : 1\u202f234,56\u202f€ s'écrit 123456) (reçu : 12,5)",
        expect.stringMatching(
          /^type du financeur n° 1 : valeur inconnue \(reçu : « loto »\) ; valeurs admises : « detr » \(DETR\)/,
        ),
        "date de commencement des travaux : une date réelle est attendue, écrite année-mois-jour (le 15/04/2025 s'écrit 2025-04-15) (reçu : « 2025-13-01 »)",
        "base des montants (HT ou TTC) : valeur inconnue (reçu : « HT+TTC ») ; valeurs admises : « HT », « TTC »",
        "plan : champ inconnu « inconnu »",
      ]),
    );
    for (const message of messages)
      expect(message).not.toMatch(/Cents|funders|project|basis|\[\d\]|Clé|Entrée|invalid/);
    // The path stays, to find the cell a sheet read the field from.
    expect(result.errors.map((e) => e.path)).toContain("funders[1].amountCents");
  });

  it("refuse ce qui n'est pas un objet", () => {
    expect(parsePlan([1, 2])).toMatchObject({
      ok: false,
      errors: [{ path: "", message: "plan : un objet JSON est attendu ({ … }) (reçu : une liste)" }],
    });
  });
});
