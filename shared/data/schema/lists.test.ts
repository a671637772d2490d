import { columnDefinitions } from "./column-definitions";
import { fieldName } from "./columns";
import { LISTS, points } from "./lists";
import { selectFields, toFields } from "./wire";

describe("déclaration des listes", () => {
  it("déclare chaque liste une fois, avant les listes qui y renvoient", () => {
    const keys = LISTS.map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
    LISTS.forEach((list, index) => {
      for (const col of Object.values(list.columns)) {
        if (col.kind === "lookup") expect(keys.indexOf(col.target as (typeof keys)[number])).toBeLessThan(index);
      }
    });
  });

  it("donne à chaque liste un titre obligatoire et une colonne d'identifiant client unique et indexée", () => {
    for (const list of LISTS) {
      const cols = Object.values(list.columns);
      expect(cols.find((c) => c.name === "Title")?.required).toBe(true);
      expect(list.columns.clientId).toMatchObject({ unique: true, indexed: true });
    }
  });

  it("décrit les colonnes comme des columnDefinition Graph, recherches résolues vers l'id de la liste cible", () => {
    const defs = columnDefinitions(points, (key) => `id-${key}`);
    expect(defs.map((d) => d.name)).not.toContain("Title");
    expect(defs.find((d) => d.name === "Seance")).toEqual({
      name: "Seance",
      displayName: "Séance",
      required: true,
      indexed: true,
      enforceUniqueValues: false,
      lookup: { listId: "id-seances", columnName: "Title" },
    });
    expect(defs.find((d) => d.name === "Nature")?.choice?.choices).toEqual(["deliberation", "information", "question"]);
    expect(defs.find((d) => d.name === "Expose")?.text).toEqual({ allowMultipleLines: true, textType: "plain" });
  });

  it("écrit les champs sous leur nom Graph et ignore les clés inconnues", () => {
    const fields = toFields(points, {
      titre: "Budget",
      seance: "3",
      rapporteur: undefined,
      ...({ intrus: 1 } as object),
    });
    expect(fields).toEqual({ Title: "Budget", SeanceLookupId: "3", Rapporteur: null });
    expect(selectFields(points)).toContain(fieldName(points.columns.seance));
  });
});
