import { createClauseLibrary } from "./library";
import { makeClause } from "./make-clause.test-support";
import { closestWord, editDistance, suggestTexts, vocabularyOf } from "./suggest";

const library = createClauseLibrary([
  makeClause({
    id: "tarifs",
    title: "Tarifs de la cantine scolaire",
    template: "Fixe les tarifs de la restauration scolaire.",
  }),
  makeClause({
    id: "bail",
    title: "Bail du logement communal",
    template: "Autorise la location du logement communal par bail.",
  }),
  makeClause({
    id: "voirie",
    title: "Travaux de voirie",
    template: "Approuve les travaux de voirie communale.",
  }),
]);
const vocabulary = vocabularyOf(library.list());
const count = (text: string) => library.list({ text }).length;

describe("suggestions quand la recherche de clauses ne trouve rien", () => {
  it("corrige un mot mal tapé vers le mot le plus proche des clauses", () => {
    expect(suggestTexts("cantnie", vocabulary, count)).toEqual([
      { text: "cantine", reason: { kind: "spelling", corrections: [{ typed: "cantnie", word: "cantine" }] }, count: 1 },
    ]);
    expect(suggestTexts("logemnet comunal", vocabulary, count)[0]).toMatchObject({
      text: "logement communal",
      count: 1,
    });
  });

  it("propose la recherche sans un des mots quand ensemble ils ne trouvent rien, la plus fructueuse d'abord", () => {
    expect(suggestTexts("travaux cantine", vocabulary, count)).toEqual([
      { text: "cantine", reason: { kind: "without", word: "travaux" }, count: 1 },
      { text: "travaux", reason: { kind: "without", word: "cantine" }, count: 1 },
    ]);
    expect(suggestTexts("communal piscine", vocabulary, count).map((s) => s.text)).toEqual(["communal"]);
  });

  it("ne propose rien qui ne trouve rien, ni pour un mot trop éloigné ou trop court", () => {
    expect(suggestTexts("piscine", vocabulary, count)).toEqual([]);
    expect(closestWord("bial", vocabulary)).toBe("bail");
    expect(closestWord("bxyl", vocabulary)).toBeUndefined();
    expect(closestWord("xyz", vocabulary)).toBeUndefined();
    expect(closestWord("zzzzzzzz", vocabulary)).toBeUndefined();
  });

  it("n'offre pas plus de trois recherches", () => {
    expect(suggestTexts("travaux cantine bail logement", vocabulary, () => 1)).toHaveLength(3);
  });
});

describe("distance d'édition", () => {
  it.each([
    ["deliberation", "deliberation", 0],
    ["deliberaiton", "deliberation", 1],
    ["delibration", "deliberation", 1],
    ["deliberatoin", "deliberation", 1],
    ["cantine", "cuisine", 3],
  ])("%s → %s : %i", (a, b, expected) => {
    expect(editDistance(a, b, 5)).toBe(expected);
  });

  it("s'arrête au-delà de la limite", () => {
    expect(editDistance("cantine", "cuisine", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});
