import { BALANCED_LINES, budgetDoc, line } from "@tests/fixtures/budgets/builders";
import { voteParChapitre } from "./vote-chapitres";

describe("voteParChapitre : le budget tel que le conseil le vote", () => {
  it("regroupe les articles par chapitre, avec le libellé du plan de comptes et le total de chaque section", () => {
    const vote = voteParChapitre(budgetDoc("BP", [...BALANCED_LINES, line("F", "D", "011", "6068", 500)]));
    expect(vote.map((s) => [s.section, s.sens, s.total])).toEqual([
      ["F", "D", 8_250_000],
      ["F", "R", 8_200_000],
      ["I", "D", 4_000_000],
      ["I", "R", 4_000_000],
    ]);
    expect(vote[0]?.chapitres.map((c) => [c.chapitre, c.credits])).toEqual([
      ["011", 1_250_000],
      ["012", 5_000_000],
      ["023", 2_000_000],
    ]);
    expect(vote[0]?.chapitres[0]?.libelle).toMatch(/charges à caractère général/i);
  });

  it("une nomenclature inconnue garde les chapitres, sans libellé", () => {
    const [fd] = voteParChapitre(budgetDoc("BP", BALANCED_LINES, { nomenclature: "M99" }));
    expect(fd?.chapitres[0]).toEqual({ chapitre: "011", credits: 1_200_000 });
  });
});
