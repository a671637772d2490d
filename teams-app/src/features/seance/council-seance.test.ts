import type { MembreRecord } from "../../app/data/ports";
import { attendanceByPoint, toCouncilSeance } from "./council-seance";
import type { SeanceBundle } from "./council-seance";
import { findingAnchors, runSeanceCheck } from "./seance-check";
import { bundle, elus, presence } from "../../testing/records";

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

describe("la présence point par point", () => {
  const [maire, adjointe, conseiller] = elus as [MembreRecord, MembreRecord, MembreRecord];
  // Opening: the maire alone; the adjointe arrives before point 2; the maire does not take part in point 2.
  const live = (): SeanceBundle => ({
    ...bundle({ presents: ["Jean-Pierre Lemaire"] }),
    presences: [
      presence("a", maire.id, { sansPart: "p2" }),
      presence("b", adjointe.id, { presence: "absent", arrivee: "p2" }),
      presence("c", conseiller.id, { presence: "absent", mandataire: maire.id }),
    ],
  });

  it("compte les présents, le quorum et les votants de chaque point", () => {
    const rooms = attendanceByPoint(live());
    expect(rooms.get("p1")).toMatchObject({
      presents: ["Jean-Pierre Lemaire"],
      moved: false,
      quorum: { required: 2, counted: 1, reached: false },
      votants: 2,
    });
    // The maire stays in the room without taking part: the adjointe votes, the proxy he carries does not.
    expect(rooms.get("p2")).toMatchObject({
      presents: ["Jean-Pierre Lemaire", "Sophie Garnier"],
      nonParticipants: ["Jean-Pierre Lemaire"],
      moved: true,
      quorum: { required: 2, counted: 1, reached: false },
      votants: 1,
    });
  });

  it("donne au contrôle les présents du point où quelqu'un est arrivé, et ceux qui ne prennent pas part", () => {
    const [first, second] = toCouncilSeance(live()).points;
    expect(first).not.toHaveProperty("presentCount");
    expect(second).toMatchObject({ presentCount: 2, nonParticipants: ["Jean-Pierre Lemaire"] });
    const quorum = runSeanceCheck(live(), "2026-12-06").findings.filter((f) => f.rule === "CM-012");
    expect(quorum.map((f) => f.at?.path)).toEqual(["presents", "points[1]"]);
  });
});

describe("les constats mènent au champ qu'ils concernent", () => {
  it.each([
    ["points[3].vote", ["seance-point-3", "seance-ordre-du-jour"]],
    ["points", ["seance-ordre-du-jour"]],
    ["presents", ["seance-presents"]],
    ["procurations[0].mandataire", ["seance-procurations", "seance-presents"]],
    ["secretaries", ["seance-secretaire"]],
    ["convocation.sentOn", ["seance-convocation"]],
    ["place", ["seance-horaire"]],
    ["deliberationsList.postedOn", ["seance-documents"]],
    ["huisClos", []],
    [undefined, []],
  ])("%s → %j", (path, anchors) => {
    expect(findingAnchors(path)).toEqual(anchors);
  });
});
