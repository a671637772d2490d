import { avis, communes, points, seances } from "./lists";
import { parseItem, parseItems } from "./parse-items";
import type { Commune } from "./records";

const item = (id: string, fields: Record<string, unknown>) => ({ id, eTag: `"guid-${id},1"`, fields });

describe("parseItems", () => {
  it("produit des enregistrements typés à partir des éléments Graph", () => {
    const { records, problems } = parseItems(communes, [
      item("1", { Title: "Saint-Aubin-sur-Loire", Population: 842, Departement: "49", Foreign: "ignoré" }),
    ]);
    expect(problems).toEqual([]);
    const commune: Commune | undefined = records[0];
    expect(commune).toEqual({
      id: "1",
      eTag: '"guid-1,1"',
      nom: "Saint-Aubin-sur-Loire",
      population: 842,
      departement: "49",
    });
  });

  it("lit l'auteur et la date de création de l'élément (createdBy.user, createdDateTime), jamais un champ", () => {
    const raw = {
      ...item("9", {
        Title: "D'accord",
        SeanceLookupId: "1",
        PointLookupId: "2",
        MembreLookupId: "6",
        Position: "favorable",
      }),
      createdBy: { user: { id: "oid-sophie", email: "sophie@a.example", displayName: "Sophie Garnier" } },
      createdDateTime: "2026-02-01T10:00:00Z",
    };
    const { records } = parseItems(avis, [raw]);
    expect(records[0]?.createdBy).toEqual({
      id: "oid-sophie",
      email: "sophie@a.example",
      displayName: "Sophie Garnier",
    });
    expect(records[0]?.createdDateTime).toBe("2026-02-01T10:00:00Z");
    // An author in another shape is unknown, and the item still reads.
    const odd = parseItems(avis, [{ ...raw, createdBy: { application: { displayName: "Flux" } } }]);
    expect(odd.records[0]?.createdBy).toBeUndefined();
    expect(odd.problems).toEqual([]);
  });

  it("lit les recherches (lookups) comme des identifiants texte, même envoyés en nombre", () => {
    const { records } = parseItems(points, [
      item("4", { Title: "Budget", SeanceLookupId: 7, Numero: 1, Nature: "deliberation" }),
    ]);
    expect(records[0]?.seance).toBe("7");
  });

  it("signale en français les valeurs de mauvais type sans lever d'exception", () => {
    const { records, problems } = parseItems(communes, [
      item("1", { Title: "A", Population: "huit cents" }),
      item("2", { Title: "B", Population: 12 }),
    ]);
    expect(records.map((r) => r.id)).toEqual(["2"]);
    expect(problems).toEqual([
      {
        list: "communes",
        itemId: "1",
        field: "Population",
        message: "Communes, élément 1 : « Population municipale » devrait être un nombre (reçu : « huit cents »).",
      },
    ]);
  });

  it("signale un champ obligatoire absent, un choix inconnu et une date illisible", () => {
    const { problems } = parseItems(seances, [
      item("3", { CommuneLookupId: "1", DateSeance: "demain", Statut: "annulee" }),
    ]);
    expect(problems.map((p) => p.field)).toEqual(["Title", "DateSeance", "Statut"]);
    expect(problems[0]?.message).toBe("Séances, élément 3 : « Intitulé » est obligatoire mais vide.");
    expect(problems[2]?.message).toContain("preparation, convoquee, tenue, close");
  });

  it("refuse un élément étranger qui n'a pas la forme d'un élément de liste", () => {
    expect(parseItem(avis, { value: 1 })).toEqual({
      problems: [{ list: "avis", message: "Avis des élus : un élément reçu n'a pas la forme d'un élément de liste." }],
    });
    expect(parseItems(avis, [null, "texte", 42]).problems).toHaveLength(3);
  });

  it("garde le texte hostile tel quel, comme donnée inerte", () => {
    const hostile = "<script>alert('x')</script>";
    const { records } = parseItems(communes, [item("9", { Title: hostile })]);
    expect(records[0]?.nom).toBe(hostile);
  });

  it("prend l'eTag de @odata.etag quand eTag manque", () => {
    const { records } = parseItems(communes, [{ id: "1", "@odata.etag": '"g,3"', fields: { Title: "X" } }]);
    expect(records[0]?.eTag).toBe('"g,3"');
  });
});
