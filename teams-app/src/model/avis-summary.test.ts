import type { AvisRecord } from "../data/ports";
import { elus, point } from "../testing/records";
import { asksAvis, avisByPoint, avisOf, avisOps, positionOf } from "./avis-summary";

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
    expect(gathered[0]?.counts).toEqual({ favorable: 1, defavorable: 0, reserve: 1, question: 0 });
    expect(gathered[0]?.avis.map((a) => a.auteur)).toEqual(["Sophie Garnier", "Jean-Pierre Lemaire"]);
  });

  it("retrouve l'avis d'un élu sur un point, et seulement le sien", () => {
    expect(avisOf(all, "p1", "11")?.commentaire).toBe("Montant ?");
    expect(avisOf(all, "p2", "11")).toBeUndefined();
  });
});

describe("les réponses des élus", () => {
  it("lit la colonne Avis, et la Position des avis donnés avant qu'elle existe", () => {
    expect(positionOf(avis("1", "p1", "10", "reserve"))).toBe("reserve");
    expect(positionOf({ ...avis("1", "p1", "10", "reserve"), choix: "defavorable" })).toBe("defavorable");
    const counts = avisByPoint(
      [point("p1", 1, "Budget")],
      [avis("1", "p1", "10", "favorable"), { ...avis("2", "p1", "11", "reserve"), choix: "defavorable" }],
      elus,
    )[0]?.counts;
    expect(counts).toEqual({ favorable: 1, defavorable: 1, reserve: 0, question: 0 });
  });

  it("ne demande pas d'avis sur un point d'information", () => {
    expect(asksAvis(point("p1", 1, "Budget"))).toBe(true);
    expect(asksAvis(point("p7", 7, "Compte rendu des décisions", "information"))).toBe(false);
    expect(asksAvis(point("p8", 8, "Questions diverses", "question"))).toBe(true);
  });

  it("enregistre la séance en un lot : création, modification, rien pour un point inchangé ou sans réponse", () => {
    const points = [
      point("p1", 1, "Budget"),
      point("p2", 2, "Tarifs"),
      point("p3", 3, "Voirie"),
      point("p4", 4, "Information", "information"),
      point("p5", 5, "Salle des fêtes"),
    ];
    const stored = [avis("7", "p2", "11", "favorable"), avis("8", "p3", "11", "question", "Quand ?")];
    const ops = avisOps(points, stored, "11", {
      p1: { position: "defavorable", commentaire: "  Trop cher.  " },
      p2: { position: "reserve", commentaire: "" },
      p3: { position: "question", commentaire: "Quand ? " },
      p4: { position: "favorable", commentaire: "" },
      p5: { position: "", commentaire: "Je ne sais pas" },
    });
    expect(ops).toEqual([
      {
        kind: "create",
        draft: {
          titre: "Trop cher.",
          position: "reserve",
          choix: "defavorable",
          commentaire: "Trop cher.",
          seance: "5",
          point: "p1",
          membre: "11",
        },
        clientId: "avis:p1:11",
      },
      {
        kind: "update",
        id: "7",
        eTag: "e",
        patch: { titre: "Réserve", position: "reserve", choix: "reserve", commentaire: "" },
      },
    ]);
  });
});
