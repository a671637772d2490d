import { EXAMPLE_OBJETS, EXAMPLE_VALUES } from "./example-values";
import { assembleSkeleton } from "./index";
import { createClauseLibrary } from "./library";
import { makeClause } from "./make-clause.test-support";
import { SECTIONS } from "./model";
import { articleLabel, assembleSkeletonFrom, renderSkeleton } from "./skeleton";

const sectionsOf = (parts: readonly { clause: { section: string } }[]) => [
  ...new Set(parts.map((p) => p.clause.section)),
];

describe("assembleSkeleton : ordre légal", () => {
  it("une délibération suit l'ordre en-tête, séance, visas, considérants, décide, articles, exécution, vote, recours, exécutoire, signature", () => {
    const parts = assembleSkeleton("deliberation", "tarifs-cantine");
    expect(sectionsOf(parts)).toEqual([...SECTIONS]);
    const positions = parts.map((p) => SECTIONS.indexOf(p.clause.section));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("un arrêté n'a ni mentions de séance ni vote", () => {
    expect(sectionsOf(assembleSkeleton("arrete", "police-generale"))).toEqual([
      "en-tete",
      "visas",
      "considerants",
      "formule",
      "articles",
      "execution",
      "recours",
      "executoire",
      "signature",
    ]);
  });

  it("numérote les articles à la suite, l'article d'exécution en dernier", () => {
    const parts = assembleSkeleton("deliberation", "indemnites");
    const numbered = parts.filter((p) => p.article !== undefined);
    expect(numbered.map((p) => p.article)).toEqual(numbered.map((_, i) => i + 1));
    expect(numbered.at(-1)?.clause.id).toBe("execution-deliberation");
  });

  it("les clauses propres au sujet remplacent les clauses génériques de même emplacement", () => {
    const salle = assembleSkeleton("deliberation", "tarifs-salle").map((p) => p.clause.id);
    expect(salle).toContain("visa-cgct-locaux-communaux");
    expect(salle).not.toContain("visa-cgct-l2121-29");
    const voirie = assembleSkeleton("arrete", "permission-de-voirie").map((p) => p.clause.id);
    expect(voirie).toEqual(expect.arrayContaining(["recours-arrete-individuel", "executoire-arrete-individuel"]));
    expect(voirie).not.toContain("recours-arrete");
    expect(assembleSkeleton("arrete", "circulation-stationnement").map((p) => p.clause.id)).toContain(
      "executoire-arrete-circulation",
    );
  });

  it("laisse de côté les clauses facultatives et les variantes", () => {
    const ids = assembleSkeleton("deliberation", "budget-primitif").map((p) => p.clause.id);
    expect(ids).toContain("vote-detaille");
    expect(ids).not.toContain("vote-unanimite");
    expect(ids).not.toContain("visa-debat-orientation");
  });

  it("ne mélange pas les types d'acte", () => {
    expect(assembleSkeleton("arrete", "tarifs-cantine")).toEqual([]);
    expect(assembleSkeleton("deliberation", "police-generale")).toEqual([]);
  });

  it("ne prend que la dernière version offerte de chaque clause, jamais la proposition d'un membre du réseau", () => {
    const library = createClauseLibrary([
      makeClause({ id: "projet", status: "proposee", origin: "reseau", validatedBy: undefined }),
      makeClause({ id: "valide", version: 1, template: "Ancienne rédaction." }),
      makeClause({ id: "valide", version: 2, template: "Nouvelle rédaction." }),
    ]);
    expect(
      library.assembleSkeleton("deliberation", "conventions").map((p) => `${p.clause.id}@${p.clause.version}`),
    ).toEqual(["valide@2"]);
  });

  it("garde une seule clause par emplacement, la première dans l'ordre légal", () => {
    const parts = assembleSkeletonFrom(
      [makeClause({ id: "b", slot: "vote", order: 20 }), makeClause({ id: "a", slot: "vote", order: 10 })],
      "deliberation",
      "conventions",
    );
    expect(parts.map((p) => p.clause.id)).toEqual(["a"]);
  });
});

describe("renderSkeleton", () => {
  it("écrit « Article 1er », puis « Article 2 »", () => {
    expect(articleLabel(1)).toBe("Article 1er : ");
    expect(articleLabel(2)).toBe("Article 2 : ");
  });

  it("rédige un acte complet avec un seul jeu de valeurs", () => {
    const result = renderSkeleton(assembleSkeleton("deliberation", "tarifs-cantine"), {
      ...EXAMPLE_VALUES,
      objet: EXAMPLE_OBJETS["tarifs-cantine"],
    });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.text).toMatch(/^COMMUNE DE Saint-Martin-des-Prés\n/);
    expect(result.text).toContain(
      "\n\nLe conseil municipal, après en avoir délibéré, DÉCIDE :\n\nArticle 1er : À compter du 1er septembre 2025,",
    );
    expect(result.text).toContain(
      "Article 2 : Monsieur le Maire est chargé de l'exécution de la présente délibération.",
    );
    expect(result.text).toMatch(/Le Maire,\nJean DUPONT$/);
  });

  it("rend chaque erreur une seule fois même si la variable sert dans plusieurs clauses", () => {
    const result = renderSkeleton(assembleSkeleton("deliberation", "tarifs-cantine"), {
      ...EXAMPLE_VALUES,
      maire: undefined,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.filter((e) => e.includes("Titre du maire"))).toHaveLength(1);
  });
});
