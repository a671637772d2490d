import { toCouncilSeance } from "./council-seance";
import { runSeanceCheck } from "./seance-check";
import { bundle } from "../testing/records";

describe("des listes SharePoint au modèle du contrôle de séance", () => {
  it("reprend la commune, la date de Paris, l'ordre du jour trié et les élus", () => {
    const seance = toCouncilSeance(bundle());
    expect(seance).toMatchObject({
      commune: { name: "Saint-Aubin-sur-Loire", population: 842, departement: "49" },
      date: "2026-12-05",
      time: "19:00",
    });
    expect(seance.points.map((p) => p.subject)).toEqual(["Budget primitif", "Tarifs de la cantine"]);
    expect(seance.enExercice).toBe(3);
    expect(seance.convocation).toBeUndefined();
  });

  it("porte la convocation, la présence, les procurations et les votes saisis", () => {
    const seance = toCouncilSeance(
      bundle({
        convocation: { sentOn: "2026-11-30", mode: "dematerialisee" },
        presents: ["Jean-Pierre Lemaire", "Sophie Garnier"],
        procurations: [{ mandant: "Michel Rousseau", mandataire: "Sophie Garnier" }],
        votes: { p1: { pour: 3, contre: 0, abstentions: 0 } },
      }),
    );
    expect(seance.convocation).toMatchObject({
      sentOn: "2026-11-30",
      agenda: ["Budget primitif", "Tarifs de la cantine"],
    });
    expect(seance.convocation?.recipients).toHaveLength(3);
    expect(seance.procurations).toEqual([{ mandant: "Michel Rousseau", mandataire: "Sophie Garnier", written: true }]);
    expect(seance.points[0]).toMatchObject({ vote: { pour: 3, contre: 0 }, result: "adopte" });
  });
});

describe("le contrôle de séance en direct", () => {
  it("signale une convocation envoyée trop tard (3 jours francs sous 3 500 habitants)", () => {
    const { findings } = runSeanceCheck(
      bundle({ convocation: { sentOn: "2026-12-03", mode: "dematerialisee" } }),
      "2026-12-03",
    );
    expect(findings.find((f) => f.rule === "CM-006")?.message).toContain("3 requis");
  });

  it("en préparation, ne juge ni le quorum ni le secrétaire de séance ; une fois la présence saisie, si", () => {
    const preparing = runSeanceCheck(bundle(), "2026-11-20");
    expect(preparing.preparationOnly).toBe(true);
    expect(preparing.findings.map((f) => f.rule)).not.toContain("CM-012");
    const held = runSeanceCheck(bundle({ presents: ["Sophie Garnier"] }), "2026-12-06");
    expect(held.preparationOnly).toBe(false);
    expect(held.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["CM-012", "CM-015"]));
  });
});
