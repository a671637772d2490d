import { acteClientId, acteDraftsFor } from "./acte-drafts";
import type { DocumentFile } from "./drive/documents-port";

const file = (id: string): DocumentFile => ({
  id,
  name: `${id}.docx`,
  eTag: "e",
  cTag: "c",
  webUrl: `https://example.test/${id}.docx`,
  size: 1,
  lastModified: "2027-01-10T10:00:00Z",
  columns: {},
});

const context = {
  seance: { id: "5", commune: "1", date: "2027-01-14T19:00:00Z" },
  points: [
    { id: "31", titre: "Tarifs de la cantine" },
    { id: "32", titre: "Subvention au comité des fêtes" },
  ],
  actes: [
    { numero: "2027-004", commune: "1" },
    { numero: "2027_009", commune: "2" },
    { numero: "2027_002", commune: "1", point: "32" },
  ],
};

describe("fiche de l'acte ouverte par un projet de délibération", () => {
  it("propose le numéro suivant de l'année pour la commune, au format @CTES", () => {
    const drafts = acteDraftsFor([{ pointId: "31", file: file("p31") }], context);
    expect(drafts).toEqual([
      {
        clientId: acteClientId("31"),
        draft: expect.objectContaining({
          objet: "Tarifs de la cantine",
          numero: "2027_005",
          natureActes: "1",
          point: "31",
          seance: "5",
          documentActe: "https://example.test/p31.docx",
        }) as unknown,
      },
    ]);
  });

  it("aucune fiche pour un point qui a déjà la sienne ni pour un point inconnu ; numéros distincts entre eux", () => {
    const drafts = acteDraftsFor(
      [
        { pointId: "32", file: file("p32") },
        { pointId: "99", file: file("p99") },
        { pointId: "31", file: file("p31") },
      ],
      { ...context, points: [...context.points, { id: "33", titre: "Autre" }] },
    );
    expect(drafts.map((d) => d.draft.point)).toEqual(["31"]);
    const two = acteDraftsFor(
      [
        { pointId: "31", file: file("p31") },
        { pointId: "33", file: file("p33") },
      ],
      { ...context, points: [...context.points, { id: "33", titre: "Autre" }] },
    );
    expect(two.map((d) => d.draft.numero)).toEqual(["2027_005", "2027_006"]);
  });
});
