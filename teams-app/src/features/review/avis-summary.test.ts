import type { AvisRecord } from "../../app/data/ports";
import { elus, point } from "../../testing/records";
import { asksAvis, avisByPoint, avisOf, avisOps, positionOf, withAuthors } from "./avis-summary";

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

describe("l'élu d'un avis est son auteur (createdBy), pas la colonne Élu", () => {
  // Sophie Garnier (11) with her mailbox; the other élus have none.
  const withMail = elus.map((m) => (m.id === "11" ? { ...m, email: "sophie@a.example" } : m));
  const posted = (id: string, membre: string, createdBy?: AvisRecord["createdBy"]): AvisRecord => ({
    id,
    eTag: "e",
    titre: "avis",
    seance: "5",
    point: "p1",
    membre,
    position: "favorable",
    ...(createdBy ? { createdBy } : {}),
  });

  it("lit l'auteur par son oid, puis par son courriel (un invité par son UPN #EXT#), et ignore la colonne remplie", () => {
    const read = withAuthors(
      [
        posted("1", "10", { email: "SOPHIE@a.example" }),
        posted("2", "10", { email: "sophie_a.example#EXT#@commune.onmicrosoft.com" }),
        posted("3", "10", { id: "oid-x", email: "autre@x.example" }),
      ],
      withMail.map((m) => (m.id === "11" ? { ...m, oid: "oid-x" } : m)),
    );
    expect(read.map((a) => a.membre)).toEqual(["11", "11", "11"]);
  });

  it("garde la colonne Élu d'un avis sans auteur élu (saisi par le secrétariat, ou ancien)", () => {
    const read = withAuthors(
      [posted("1", "11", { email: "secretariat@a.example", displayName: "Claire Moreau" }), posted("2", "12")],
      elus,
    );
    expect(read.map((a) => a.membre)).toEqual(["11", "12"]);
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
