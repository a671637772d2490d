import { renderClause } from "@shared/domain/acts/clauses";
import { makeClause } from "@shared/domain/acts/clauses/make-clause.test-support";
import { parseNetworkTemplate } from "./template";

describe("variables d'une clause du réseau : {{nom}}", () => {
  it("reprend le type et le libellé du catalogue pour un nom connu, un champ texte sinon", () => {
    const parsed = parseNetworkTemplate(
      "Le conseil de {{ commune }}, réuni le {{dateSeance}}, approuve le projet {{nomDuProjet}} ({{commune}}).",
    );
    expect(parsed.template).toBe(
      "Le conseil de {commune}, réuni le {dateSeance}, approuve le projet {nomDuProjet} ({commune}).",
    );
    expect(parsed.variables.map((v) => [v.name, v.type, v.label])).toEqual([
      ["commune", "text", "Nom de la commune"],
      ["dateSeance", "date", "Date de la séance"],
      ["nomDuProjet", "text", "Nom du projet"],
    ]);
    expect(parsed.errors).toEqual([]);
    const clause = makeClause({ template: parsed.template, variables: parsed.variables });
    const rendered = renderClause(clause, { commune: "Saint-Aubin", dateSeance: "2025-03-14", nomDuProjet: "Préau" });
    expect(rendered).toMatchObject({
      ok: true,
      text: "Le conseil de Saint-Aubin, réuni le 14 mars 2025, approuve le projet Préau (Saint-Aubin).",
    });
  });

  it("garde les formes masculin/féminin", () => {
    const parsed = parseNetworkTemplate("{{maire | Monsieur le Maire/Madame la Maire}} est chargé de l'exécution.");
    expect(parsed.template).toBe("{maire|Monsieur le Maire/Madame la Maire} est chargé de l'exécution.");
    expect(parsed.variables.map((v) => v.type)).toEqual(["maireTitle"]);
  });

  it("un texte sans variable reste du texte ; une accolade isolée est une erreur, jamais une variable", () => {
    expect(parseNetworkTemplate("Texte simple.")).toEqual({ template: "Texte simple.", variables: [], errors: [] });
    const hostile = parseNetworkTemplate("Montant {prix} et {{ nom du maire }}");
    expect(hostile.variables).toEqual([]);
    expect(hostile.errors.length).toBeGreaterThan(0);
  });
});
