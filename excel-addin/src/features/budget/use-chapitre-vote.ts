import type { SectionVote } from "@shared/domain/budget/vote-chapitres";
import { voteParChapitre } from "@shared/domain/budget/vote-chapitres";
import { useAction } from "@shared/ui/hooks/use-action";
import { useServices } from "../../app/services";
import { votedSections } from "./chapitre-view";
import { readWorkbookBudget } from "./check-workbook";

/** The workbook's budget grouped by chapitre, read when the secretary asks. */
export function useChapitreVote() {
  const { workbook } = useServices();
  const [state, run] = useAction<SectionVote[]>();
  const show = () =>
    void run(async () => votedSections(voteParChapitre((await readWorkbookBudget(workbook)).document)));
  return { state, show };
}
