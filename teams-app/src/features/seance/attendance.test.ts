import type { MembreRecord } from "../../app/data/ports";
import { elus, presence } from "../../testing/records";
import { allPresentOps, attendanceOps, movedAt, rollCall } from "./attendance";

const [maire, adjointe, conseiller] = elus as [MembreRecord, MembreRecord, MembreRecord];

describe("présence et procurations enregistrées dans la liste des présences", () => {
  it("crée l'élément d'un élu la première fois, sous un identifiant client propre à la séance et à l'élu", () => {
    expect(attendanceOps("5", [], { kind: "present", membre: maire, present: true })).toEqual([
      {
        kind: "create",
        draft: { titre: "Jean-Pierre Lemaire", seance: "5", membre: "10", presence: "present" },
        clientId: "presence:5:10",
      },
    ]);
  });

  it("met à jour l'élément existant avec son eTag ; l'élu déclaré absent perd les procurations reçues", () => {
    const presences = [
      presence("1", adjointe.id),
      presence("2", conseiller.id, { presence: "absent", mandataire: adjointe.id }),
    ];
    expect(attendanceOps("5", presences, { kind: "present", membre: adjointe, present: false })).toEqual([
      { kind: "update", id: "1", eTag: `"v1"`, patch: { presence: "absent", mandataire: undefined } },
      { kind: "update", id: "2", eTag: `"v1"`, patch: { mandataire: undefined } },
    ]);
  });

  it("une procuration marque le mandant absent et nomme le mandataire", () => {
    const ops = attendanceOps("5", [presence("2", conseiller.id, { presence: "absent" })], {
      kind: "proxy",
      membre: conseiller,
      mandataireId: adjointe.id,
    });
    expect(ops).toEqual([
      { kind: "update", id: "2", eTag: `"v1"`, patch: { presence: "absent", mandataire: adjointe.id } },
    ]);
  });
});

describe("arrivées, départs et non-participation rattachés à un point", () => {
  it("note l'arrivée d'un élu sans élément comme absent à l'ouverture, arrivé avant le point", () => {
    const move = { kind: "arrive" as const, pointId: "p2" };
    expect(attendanceOps("5", [], { kind: "move", membre: conseiller, move, on: true })).toEqual([
      {
        kind: "create",
        draft: { titre: "Michel Rousseau", seance: "5", membre: "12", presence: "absent", mouvements: "arrivee p2" },
        clientId: "presence:5:12",
      },
    ]);
  });

  it("ajoute départs et retours à la suite, pouvoir compris, et retire celui qu'on annule", () => {
    const leave = { kind: "leave" as const, pointId: "p3" };
    const own = [presence("1", maire.id, { mouvements: "depart p1 ; arrivee p2" })];
    expect(attendanceOps("5", own, { kind: "move", membre: maire, move: leave, on: true })).toEqual([
      { kind: "update", id: "1", eTag: `"v1"`, patch: { mouvements: "depart p1 ; arrivee p2 ; depart p3" } },
    ]);
    const withPouvoir = { ...leave, pointId: "p1", mandataireId: adjointe.id };
    expect(attendanceOps("5", own, { kind: "move", membre: maire, move: withPouvoir, on: true })[0]).toMatchObject({
      patch: { mouvements: `depart p1 pouvoir ${adjointe.id} ; arrivee p2` },
    });
    const back = { kind: "arrive" as const, pointId: "p2" };
    expect(attendanceOps("5", own, { kind: "move", membre: maire, move: back, on: false })[0]).toMatchObject({
      patch: { mouvements: "depart p1" },
    });
  });

  it("reprend l'arrivée et le départ des éléments notés avant la colonne Mouvements, et les y range", () => {
    const old = [presence("1", maire.id, { arrivee: "p1", depart: "p3" })];
    const leave = { kind: "leave" as const, pointId: "p4" };
    expect(attendanceOps("5", old, { kind: "move", membre: maire, move: leave, on: true })).toEqual([
      {
        kind: "update",
        id: "1",
        eTag: `"v1"`,
        patch: { mouvements: "arrivee p1 ; depart p3 ; depart p4", arrivee: undefined, depart: undefined },
      },
    ]);
  });

  it("ajoute et retire un point de ceux auxquels l'élu ne prend pas part", () => {
    const own = [presence("1", maire.id, { sansPart: "p1;p2" })];
    expect(attendanceOps("5", own, { kind: "abstain", membre: maire, pointId: "p3", on: true })[0]).toMatchObject({
      patch: { sansPart: "p1;p2;p3" },
    });
    expect(attendanceOps("5", own, { kind: "abstain", membre: maire, pointId: "p1", on: false })[0]).toMatchObject({
      patch: { sansPart: "p2" },
    });
    const last = [presence("1", maire.id, { sansPart: "p1" })];
    expect(attendanceOps("5", last, { kind: "abstain", membre: maire, pointId: "p1", on: false })[0]).toMatchObject({
      patch: { sansPart: undefined },
    });
  });
});

describe("appel et mouvements des élus", () => {
  it("sépare les présents des autres : absents déclarés et élus encore jamais notés", () => {
    const presences = [presence("1", maire.id), presence("2", adjointe.id, { presence: "absent" })];
    const { present, absents, stateOf } = rollCall(elus, presences);
    expect(present.map((m) => m.nom)).toEqual(["Jean-Pierre Lemaire"]);
    expect(absents.map((m) => m.nom)).toEqual(["Sophie Garnier", "Michel Rousseau"]);
    expect(stateOf(adjointe)?.id).toBe("2");
    expect(stateOf(conseiller)).toBeUndefined();
  });

  it("sans aucune présence notée, tous les élus sont absents", () => {
    expect(rollCall(elus, []).absents).toHaveLength(3);
    expect(rollCall([], []).present).toEqual([]);
  });

  it("« Tous présents » marque présents les seuls élus qui ne l'étaient pas", () => {
    const presences = [presence("1", maire.id), presence("2", adjointe.id, { presence: "absent" })];
    const { absents } = rollCall(elus, presences);
    const ops = allPresentOps("5", presences, absents);
    expect(ops).toEqual([
      { kind: "update", id: "2", eTag: `"v1"`, patch: { presence: "present", mandataire: undefined } },
      expect.objectContaining({ kind: "create", clientId: "presence:5:12" }),
    ]);
    expect(allPresentOps("5", presences, [])).toEqual([]);
  });

  it("liste les élus arrivés ou partis avant un point, et eux seuls, anciens éléments compris", () => {
    const presences = [
      presence("1", maire.id, { mouvements: "depart p2 pouvoir 11 ; arrivee p3" }),
      presence("2", adjointe.id, { arrivee: "p2" }),
      presence("3", conseiller.id, { arrivee: "p1" }),
    ];
    const names = (list: ReturnType<typeof movedAt>) => list.map((m) => m.membre.nom);
    expect(names(movedAt(elus, presences, "p2", "arrive"))).toEqual(["Sophie Garnier"]);
    expect(movedAt(elus, presences, "p2", "leave")).toEqual([
      { membre: maire, move: { kind: "leave", pointId: "p2", mandataireId: "11" } },
    ]);
    expect(names(movedAt(elus, presences, "p3", "arrive"))).toEqual(["Jean-Pierre Lemaire"]);
    expect(movedAt(elus, presences, "p4", "arrive")).toEqual([]);
  });
});
