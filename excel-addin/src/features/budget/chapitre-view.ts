import type { Section, Sens } from "@shared/domain/budget";
import type { SectionVote } from "@shared/domain/budget/vote-chapitres";

const TITLES: Readonly<Record<Section, Readonly<Record<Sens, string>>>> = {
  F: { D: "Dépenses de fonctionnement", R: "Recettes de fonctionnement" },
  I: { D: "Dépenses d'investissement", R: "Recettes d'investissement" },
};

/** The table's name, read aloud before its rows, and its heading. */
export function sectionVoteTitle(vote: Pick<SectionVote, "section" | "sens">): string {
  return TITLES[vote.section][vote.sens];
}

/** A section and sens without any chapitre is left out: an empty table would only say « Total 0,00 € ». */
export function votedSections(votes: readonly SectionVote[]): SectionVote[] {
  return votes.filter((vote) => vote.chapitres.length > 0);
}
