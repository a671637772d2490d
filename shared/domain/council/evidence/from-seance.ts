import { pointPath } from "../attendance";
import type { SeanceSubject } from "../subject";

// Catch-all headings under which courts refuse substantive decisions.
const CATCH_ALL = /questions?\s+diverses|\bdivers\b|urgence\s+ou\s+(les\s+)?circonstances/i;
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
    points: seance.points.map((point, i) => ({
      subject: point.subject,
      at: { path: pointPath(i) },
      ...(point.onAgenda !== undefined ? { onAgenda: point.onAgenda } : {}),
      decidedUnderCatchAll:
        (point.kind === "questions-diverses" || CATCH_ALL.test(point.subject)) && point.vote !== undefined,
      decisionAt: { path: `points[${String(i)}].vote` },
    })),
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
