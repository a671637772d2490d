import { includesName, missingSignatories, nonParticipantsPresent, validProxies, votantsAtPoint } from "./attendance";
import { sampleSeance } from "./sample-seance";

describe("présences et pouvoirs", () => {
  it("compare les noms sans tenir compte de la casse ni des accents", () => {
    expect(includesName(["Hélène Dupré"], "  helene   DUPRE ")).toBe(true);
    expect(includesName(undefined, "x")).toBe(false);
  });

  it("compte les votants d'un point : présents + pouvoirs − non-participants", () => {
    const seance = sampleSeance();
    const [ca, subvention] = seance.points;
    if (!ca || !subvention) throw new Error("séance d'exemple incomplète");
    expect(nonParticipantsPresent(seance, ca)).toBe(1);
    expect(votantsAtPoint(seance, ca)).toBe(9);
    expect(votantsAtPoint(seance, { ...subvention, presentCount: 7 })).toBe(7);
  });

  it("écarte les pouvoirs inutilisables", () => {
    const seance = sampleSeance();
    seance.procurations = [
      { mandant: "Marc Fabre", mandataire: "Luc Durand", written: true },
      { mandant: "Lucie Morel", mandataire: "Luc Durand", written: true },
      { mandant: "Paul Bernard", mandataire: "Marie Petit", written: true },
      { mandant: "Lucie Morel", mandataire: "Claire Moreau", written: false },
    ];
    expect(validProxies(seance).map((p) => p.mandant)).toEqual(["Marc Fabre"]);
    expect(validProxies(seance, { subject: "x", nonParticipants: ["Luc Durand"] })).toEqual([]);
  });

  it("liste les signataires manquants", () => {
    expect(missingSignatories(sampleSeance(), ["anne leroy"])).toEqual(["Paul Bernard"]);
  });
});
