import type { DocumentFile } from "@shared/data/drive/documents-port";
import type { AvisRecord } from "../../app/data/ports";
import { point } from "../../testing/records";
import { avisVersions, changedPoints, olderVersionOf, projetOf, saveLabel, savedNotice, seenOf } from "./avis-form";

const file = (
  id: string,
  pointId: string,
  cTag: string,
  type: DocumentFile["columns"]["type"] = "projet-deliberation",
): DocumentFile => ({
  id,
  name: `${id}.docx`,
  eTag: `"e-${id}"`,
  cTag,
  webUrl: `https://contoso.sharepoint.com/${id}`,
  size: 10,
  lastModified: "2026-12-08T13:05:00Z",
  version: "2.0",
  columns: { point: pointId, type },
});

const mine = (pointId: string, eTag = "e", documentEmpreinte?: string): AvisRecord => ({
  id: `a-${pointId}`,
  eTag,
  titre: "avis",
  seance: "5",
  point: pointId,
  membre: "10",
  position: "favorable",
  ...(documentEmpreinte ? { documentEmpreinte, documentVersion: "1.0" } : {}),
});

const files = [file("convocation", "p1", '"a"', "convocation"), file("projet", "p1", '"c2"')];

describe("le projet que l'élu a sous les yeux", () => {
  it("est le projet de délibération du point, pas un autre document ni un autre point", () => {
    expect(projetOf(files, "p1")?.id).toBe("projet");
    expect(projetOf(files, "p2")).toBeUndefined();
  });

  it("donne la version sur laquelle l'avis porte, aucune sans projet", () => {
    expect(seenOf(files)("p1")).toMatchObject({ documentEmpreinte: '"c2"', documentVersion: "2.0" });
    expect(seenOf(files)("p2")).toEqual({});
  });

  it("signale un avis donné sur une version antérieure, et seulement celui-là", () => {
    const current = projetOf(files, "p1");
    expect(olderVersionOf(mine("p1", "e", '"c1"'), current)).toMatch(/1\.0/);
    expect(olderVersionOf(mine("p1", "e", '"c2"'), current)).toBeUndefined();
    expect(olderVersionOf(mine("p1"), current)).toBeUndefined();
    expect(olderVersionOf(undefined, current)).toBeUndefined();
    expect(olderVersionOf(mine("p1", "e", '"c1"'), undefined)).toBeUndefined();
  });
});

describe("les avis enregistrés que le formulaire reprend", () => {
  const points = [point("p1", 1, "Budget"), point("p2", 2, "Tarifs")];

  it("se repèrent par identifiant et eTag, vide pour un point sans avis", () => {
    expect(avisVersions(points, [mine("p2", "v3")], "10")).toEqual(["", "a-p2:v3"]);
    expect(avisVersions(points, [mine("p2", "v3")], "11")).toEqual(["", ""]);
  });

  it("ne remplacent que les points dont l'avis a changé, jamais par un avis disparu", () => {
    expect(changedPoints(points, ["a-p1:v2", "a-p2:v1"], ["a-p1:v1", "a-p2:v1"]).map((p) => p.id)).toEqual(["p1"]);
    expect(changedPoints(points, ["", "a-p2:v1"], ["a-p1:v1", ""]).map((p) => p.id)).toEqual(["p2"]);
    expect(changedPoints(points, ["a-p1:v1", ""], ["a-p1:v1", ""])).toEqual([]);
  });
});

describe("l'enregistrement des avis", () => {
  it("compte les avis enregistrés, ou ceux gardés en attente d'envoi", () => {
    expect(savedNotice(1, 0)).toBe("1\u00a0avis enregistré.");
    expect(savedNotice(3, 2)).toBe("2\u00a0avis gardés en attente d'envoi.");
  });

  it("annonce le nombre d'avis à enregistrer quand il y en a plusieurs", () => {
    expect(saveLabel(0)).toBe("Enregistrer mes avis");
    expect(saveLabel(1)).toBe("Enregistrer mes avis");
    expect(saveLabel(3)).toBe("Enregistrer mes avis (3)");
  });
});
