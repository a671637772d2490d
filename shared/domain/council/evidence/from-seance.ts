import type { SeanceSubject } from "../subject";
import type { CouncilEvidence } from "./model";

/** A séance's record as council evidence: every fact typed by the secretary, located by its JSON path. */
export function seanceEvidence({ seance }: SeanceSubject): CouncilEvidence {
  const convocation = seance.convocation;
  return {
    scope: "seance",
    date: seance.date,
    ...(seance.commune?.population !== undefined ? { population: seance.commune.population } : {}),
    ...(seance.commune?.departement !== undefined ? { departement: seance.commune.departement } : {}),
    firstMeetingAfterElection: seance.firstMeetingAfterElection === true,
    secondConvocation: seance.secondConvocation !== undefined,
    ...(convocation
      ? {
          convocation: {
            ...(convocation.sentOn
              ? { sentOn: { value: convocation.sentOn, at: { path: "convocation.sentOn" } } }
              : {}),
            urgence: convocation.urgence === true,
            urgenceAt: { path: "convocation.urgenceVotedAtOpening" },
            ...(convocation.urgenceVotedAtOpening !== undefined
              ? { urgenceVoted: convocation.urgenceVotedAtOpening }
              : {}),
            ...(convocation.noteDeSynthese !== undefined ? { noteDeSynthese: convocation.noteDeSynthese } : {}),
          },
        }
      : {}),
  };
}
