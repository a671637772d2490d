import type { Clause } from "@shared/domain/acts/clauses";
import { provenance, viewClauseForm } from "./clause-form";

const clause: Clause = {
  id: "article-indemnites-taux",
  version: 2,
  title: "Taux des indemnités",
  kind: "dispositif",
  actTypes: ["deliberation"],
  subjects: [],
  template: "Le taux du maire est fixé à {tauxMaire}.",
  variables: [{ name: "tauxMaire", type: "percent", label: "Taux du maire" }],
  status: "validee",
  references: ["CGCT L2123-23"],
  section: "articles",
  order: 1,
  inSkeleton: false,
};

describe("ce que montre le formulaire d'une clause", () => {
  it.each([
    ["des champs justes donnent le texte à insérer", { population: 800, tauxMaire: 20 }, true, 0, 0, true],
    ["un champ faux ne rend rien", { population: 800 }, false, 0, 0, false],
    ["une condition bloquante retient le texte", { population: 800, tauxMaire: 90 }, true, 1, 0, false],
    [
      "un avertissement laisse insérer",
      { population: 800, tauxMaire: 20, dateSeance: "2025-06-12", dateEffet: "2025-01-01" },
      true,
      0,
      1,
      true,
    ],
  ])("%s", (_case, values, valid, blocking, warnings, insertable) => {
    const view = viewClauseForm(clause, values, values, valid);
    expect(view.notApplicable).toHaveLength(blocking);
    expect(view.warnings).toHaveLength(warnings);
    expect(view.rendered?.ok ?? false).toBe(valid);
    expect(view.text !== undefined).toBe(insertable);
  });
});

describe("la provenance d'une version", () => {
  it.each([
    ["une clause du catalogue dit qui l'a validée", undefined, "validée par Mme Martin"],
    ["une clause du réseau le dit d'abord", "reseau", "clause du réseau, validée par Mme Martin"],
  ] as const)("%s", (_case, origin, expected) => {
    expect(provenance({ origin }, { provenance: "validée par Mme Martin" })).toBe(expected);
  });
});
