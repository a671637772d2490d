import { SUBJECTS } from "@shared/domain/acts/clauses";
import type { ActType, Subject } from "@shared/domain/acts/clauses";

/** The act the pane offers first: the one a secretary writes most often. */
export const FIRST_SUBJECT: Subject = "tarifs-cantine";

/** The subjects an act can be assembled for, grouped by act type in the order of the list. */
export function subjectsByActType(): { actType: ActType; subjects: Subject[] }[] {
  const all = Object.keys(SUBJECTS) as Subject[];
  return (["deliberation", "arrete"] as const).map((actType) => ({
    actType,
    subjects: all.filter((s) => SUBJECTS[s].actType === actType),
  }));
}
