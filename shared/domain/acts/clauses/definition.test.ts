import { clauseDefinitionProblems } from "./definition";
import { makeClause } from "./make-clause.test-support";

const text = { name: "commune", type: "text", label: "Commune" } as const;
const person = { name: "agent", type: "person", label: "Agent" } as const;
const gendered = { name: "q", type: "choice", label: "Q", options: { a: "adjoint/adjointe" } } as const;

describe("clauseDefinitionProblems", () => {
  it("accepte une clause bien formée", () => {
    expect(
      clauseDefinitionProblems(
        makeClause({ template: "{agent|nom}, {agent|nommé/nommée} à {commune}.", variables: [text, person] }),
      ),
    ).toEqual([]);
  });

  it.each([
    ["variable non déclarée", { template: "{commune}" }, "{commune} : variable non déclarée"],
    ["variable inutilisée", { variables: [text] }, "variable « commune » déclarée mais inutilisée"],
    ["accord sur du texte", { template: "{commune|le/la}", variables: [text] }, "l'accord suppose une personne"],
    [
      "« nom » sur du texte",
      { template: "{commune|nom}", variables: [text] },
      "« nom » ne s'applique qu'à une personne",
    ],
    ["accolade isolée", { template: "Vu { la loi" }, "accolade isolée"],
    ["sans référence", { references: [] }, "aucune référence juridique"],
    ["référence mal formée", { references: ["article 12"] }, "référence mal formée"],
    ["titre anglais", { title: "Title of the clause" }, "titre non rédigé en français"],
    ["identifiant non slug", { id: "Visa CGCT" }, "identifiant non conforme"],
    [
      "mauvaise partie",
      { kind: "visa" as const, section: "articles" as const },
      "ne va pas dans la partie « articles »",
    ],
    ["sujet d'un autre type d'acte", { subjects: ["police-generale" as const] }, "ne relève pas des types d'acte"],
    ["validée sans validation", { validatedBy: undefined }, "clause validée sans auteur ni date de validation"],
    ["version nulle", { version: 0 }, "version entière positive attendue"],
    [
      "accord d'un choix avec du texte",
      {
        template: "{q|commune} {commune}",
        variables: [text, gendered],
      },
      "n'est ni une personne déclarée",
    ],
    ["choix masculin/féminin sans accord", { template: "{q}", variables: [gendered] }, "s'accorde avec une personne"],
  ])("%s", (_name, fields, problem) => {
    const problems = clauseDefinitionProblems(makeClause(fields));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });
});
