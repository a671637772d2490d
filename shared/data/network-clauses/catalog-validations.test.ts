import { makeClause } from "@shared/domain/acts/clauses/make-clause.test-support";
import type { Clause as ClauseRecord, ClauseValidation } from "../schema";
import { catalogCategorie, catalogIdOf, withCatalogValidations } from "./catalog-validations";

const team = (id: string, template: string) =>
  makeClause({ id, template, status: "proposee", validatedBy: undefined, validatedAt: undefined });
const BUILT_IN = [team("recours-arrete", "Recours."), team("visa-cgct", "Vu le code ;"), team("autre", "Autre.")];
const RECORDS: ClauseRecord[] = [
  { id: "7", eTag: '"1"', intitule: "Voies de recours", categorie: catalogCategorie("recours-arrete") },
  { id: "8", eTag: '"1"', intitule: "Visa", categorie: "catalogue:visa-cgct" },
  { id: "9", eTag: '"1"', intitule: "Clause du réseau", categorie: "deliberation" },
];
const PAUL = { id: "oid-paul", email: "p.durand@cdg49.example", displayName: "Paul Durand" };
/** A référent's decision, as the validations list returns it: author and date from SharePoint. */
const decision = (
  id: string,
  clause: string,
  texte: string,
  extra: Partial<ClauseValidation> = {},
): ClauseValidation => ({
  id,
  eTag: '"1"',
  titre: "v1",
  clause,
  version: 1,
  texte,
  decision: "validee",
  createdBy: PAUL,
  createdDateTime: "2026-11-20T11:00:00Z",
  ...extra,
});

describe("validation des clauses du catalogue par un référent du réseau", () => {
  it("lit l'identifiant du catalogue dans la catégorie, rien d'autre", () => {
    expect(catalogIdOf("catalogue:recours-arrete")).toBe("recours-arrete");
    expect(catalogIdOf("deliberation")).toBeUndefined();
    expect(catalogIdOf("catalogue:<script>")).toBeUndefined();
  });

  it("la version validée par un référent devient « validée », avec qui et quand ; les autres restent proposées par l'équipe", () => {
    const { clauses, problems } = withCatalogValidations(BUILT_IN, RECORDS, [
      decision("1", "7", "Recours."),
      decision("2", "9", "Autre."),
    ]);
    expect(clauses.map((c) => [c.id, c.status, c.validatedBy, c.validatedAt])).toEqual([
      ["recours-arrete", "validee", "Paul Durand", "2026-11-20"],
      ["visa-cgct", "proposee", undefined, undefined],
      ["autre", "proposee", undefined, undefined],
    ]);
    expect(problems).toEqual([]);
  });

  it("une validation d'un autre texte (le catalogue a changé depuis) n'est pas reprise, et le dit", () => {
    const { clauses, problems } = withCatalogValidations(BUILT_IN, RECORDS, [
      decision("4", "7", "Ancien texte.", { createdDateTime: "2026-01-20T11:00:00Z" }),
    ]);
    expect(clauses[0]?.status).toBe("proposee");
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining("n'est plus celui du catalogue")]);
  });

  it("une validation retirée ensuite par un référent ne compte plus ; la plus récente décision l'emporte", () => {
    const withdrawn = [
      decision("5", "7", "Recours."),
      decision("6", "7", "Recours.", { decision: "retiree", createdDateTime: "2026-11-21T09:00:00Z" }),
    ];
    expect(withCatalogValidations(BUILT_IN, RECORDS, withdrawn).clauses[0]?.status).toBe("proposee");
    const again = [...withdrawn, decision("7", "7", "Recours.", { createdDateTime: "2026-11-22T09:00:00Z" })];
    expect(withCatalogValidations(BUILT_IN, RECORDS, again).clauses[0]?.status).toBe("validee");
  });
});
