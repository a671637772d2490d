import {
  agendaRows,
  canSavePoint,
  moveUpOps,
  newPointDraft,
  pointChanged,
  pointFields,
  savePointOp,
  swapOps,
} from "./agenda";
import { point } from "../../testing/records";

const withDraft = { ...point("p1", 1, "Budget primitif"), rapporteur: "Le maire", projetActe: "https://x.test/a" };

describe("ordre du jour éditable", () => {
  it("trie les points et donne à chacun ses voisins et les points qui le suivent", () => {
    const rows = agendaRows([point("p3", 3, "C"), point("p1", 1, "A"), point("p2", 2, "B")]);
    expect(rows.map((r) => r.point.id)).toEqual(["p1", "p2", "p3"]);
    expect(rows[0]?.neighbours.map((n) => n?.id)).toEqual([undefined, "p2"]);
    expect(rows[2]?.neighbours.map((n) => n?.id)).toEqual(["p2", undefined]);
    expect(rows[0]?.later.map((p) => p.id)).toEqual(["p2", "p3"]);
    expect(rows[2]?.later).toEqual([]);
  });

  it("n'a aucune ligne pour une séance sans point", () => {
    expect(agendaRows([])).toEqual([]);
  });

  it("reprend les champs du point, vides quand ils manquent", () => {
    expect(pointFields(withDraft)).toEqual({
      titre: "Budget primitif",
      rapporteur: "Le maire",
      draft: "https://x.test/a",
    });
    expect(pointFields(point("p2", 2, "Tarifs"))).toEqual({ titre: "Tarifs", rapporteur: "", draft: "" });
  });

  it("ne propose d'enregistrer qu'un point modifié dont l'objet n'est pas vide", () => {
    const fields = pointFields(withDraft);
    expect(pointChanged(withDraft, fields)).toBe(false);
    expect(canSavePoint(withDraft, fields)).toBe(false);
    expect(canSavePoint(withDraft, { ...fields, titre: "Budget supplémentaire" })).toBe(true);
    expect(canSavePoint(withDraft, { ...fields, titre: "   " })).toBe(false);
    // Spaces around the link alone are no change: it is saved trimmed.
    expect(pointChanged(withDraft, { ...fields, draft: " https://x.test/a " })).toBe(false);
  });

  it("enregistre les champs sans espaces autour, et sans lien quand il est vide", () => {
    const op = savePointOp(withDraft, { titre: " Budget ", rapporteur: " Adjoint ", draft: "  " });
    expect(op).toEqual({
      kind: "update",
      id: "p1",
      eTag: "e",
      patch: { titre: "Budget", rapporteur: "Adjoint", projetActe: undefined },
    });
  });

  it("échange les numéros de deux points", () => {
    const [first, second] = swapOps(point("p1", 1, "A"), point("p2", 2, "B"));
    expect(first).toMatchObject({ id: "p1", patch: { numero: 2 } });
    expect(second).toMatchObject({ id: "p2", patch: { numero: 1 } });
  });

  it("remonte d'un rang les points qui suivent un point supprimé", () => {
    expect(moveUpOps([point("p3", 3, "C"), point("p4", 4, "D")])).toEqual([
      { kind: "update", id: "p3", eTag: "e", patch: { numero: 2 } },
      { kind: "update", id: "p4", eTag: "e", patch: { numero: 3 } },
    ]);
    expect(moveUpOps([])).toEqual([]);
  });

  it("crée un point à l'objet nettoyé, sans rapporteur s'il n'est pas saisi", () => {
    expect(newPointDraft("5", 3, { titre: " Voirie ", rapporteur: "  ", nature: "information" })).toEqual({
      titre: "Voirie",
      seance: "5",
      numero: 3,
      nature: "information",
    });
    expect(newPointDraft("5", 1, { titre: "Voirie", rapporteur: " Adjoint ", nature: "deliberation" })).toMatchObject({
      rapporteur: "Adjoint",
    });
  });
});
