import { seanceBundle } from "./seance-bundle";
import { commune, elus, point, presence, seance } from "../../testing/records";

describe("le dossier d'une séance", () => {
  it("réunit la séance, sa commune, ses points, ses élus et ce qu'on en déduit", () => {
    const b = seanceBundle({
      seance: seance(),
      communes: [{ ...commune, id: "2" }, commune],
      membres: elus,
      points: [point("p1", 1, "Budget primitif")],
      presences: [presence("1", "10")],
    });
    expect(b.commune).toBe(commune);
    expect(b.points.map((p) => p.id)).toEqual(["p1"]);
    expect(b.membres).toBe(elus);
    expect(b.details.presents).toEqual(["Jean-Pierre Lemaire"]);
  });

  it("reste sans commune quand celle de la séance n'est pas servie, et sans point ni présence au départ", () => {
    const b = seanceBundle({
      seance: seance(),
      communes: [{ ...commune, id: "2" }],
      membres: [],
      points: [],
      presences: [],
    });
    expect(b.commune).toBeUndefined();
    expect(b.details.presents).toEqual([]);
  });
});
