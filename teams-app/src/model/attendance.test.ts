import type { MembreRecord } from "../data/ports";
import { elus, presence } from "../testing/records";
import { attendanceOps } from "./attendance";

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
