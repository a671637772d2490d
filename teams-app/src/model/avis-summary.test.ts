import type { AvisRecord } from "../data/ports";
import { elus, point } from "../testing/records";
import { avisByPoint, avisOf } from "./avis-summary";

const avis = (
  id: string,
  pointId: string,
  membre: string,
  position: AvisRecord["position"],
  commentaire?: string,
): AvisRecord => ({
  id,
  eTag: "e",
  titre: "avis",
  seance: "5",
  point: pointId,
  membre,
  position,
  ...(commentaire ? { commentaire } : {}),
});

describe("avis des élus rassemblés par point", () => {
  const points = [point("p2", 2, "Tarifs"), point("p1", 1, "Budget")];
  const all = [
    avis("1", "p1", "10", "favorable"),
    avis("2", "p1", "11", "reserve", "Montant ?"),
    avis("3", "p2", "12", "question"),
  ];

  it("compte les positions et nomme les auteurs, points dans l'ordre du jour", () => {
    const gathered = avisByPoint(points, all, elus);
    expect(gathered.map((g) => g.point.id)).toEqual(["p1", "p2"]);
    expect(gathered[0]?.counts).toEqual({ favorable: 1, reserve: 1, question: 0 });
    expect(gathered[0]?.avis.map((a) => a.auteur)).toEqual(["Sophie Garnier", "Jean-Pierre Lemaire"]);
  });

  it("retrouve l'avis d'un élu sur un point, et seulement le sien", () => {
    expect(avisOf(all, "p1", "11")?.commentaire).toBe("Montant ?");
    expect(avisOf(all, "p2", "11")).toBeUndefined();
  });
});
