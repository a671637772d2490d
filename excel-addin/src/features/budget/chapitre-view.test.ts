import type { SectionVote } from "@shared/domain/budget/vote-chapitres";
import { sectionVoteTitle, votedSections } from "./chapitre-view";

describe("le vote par chapitre", () => {
  it.each([
    ["F", "D", "Dépenses de fonctionnement"],
    ["F", "R", "Recettes de fonctionnement"],
    ["I", "D", "Dépenses d'investissement"],
    ["I", "R", "Recettes d'investissement"],
  ] as const)("%s|%s → %s", (section, sens, title) => {
    expect(sectionVoteTitle({ section, sens })).toBe(title);
  });

  it("écarte les sections sans chapitre et garde l'ordre des autres", () => {
    const vote = (section: "F" | "I", sens: "D" | "R", count: number): SectionVote => ({
      section,
      sens,
      chapitres: Array.from({ length: count }, (_, i) => ({ chapitre: `0${i}`, credits: 100 })),
      total: 100 * count,
    });
    const kept = votedSections([vote("F", "D", 2), vote("F", "R", 0), vote("I", "D", 1), vote("I", "R", 0)]);
    expect(kept.map((v) => `${v.section}|${v.sens}`)).toEqual(["F|D", "I|D"]);
  });
});
