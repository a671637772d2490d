import {
  includesName,
  isCompteAdministratif,
  nonParticipantsPresent,
  pointPath,
  presentsAtPoint,
  validProxies,
  votantsAtPoint,
} from "../attendance";
import type { Point, Seance } from "../schema";
import type { SeanceSubject } from "../subject";
import type { CompteAdministratifEvidence, CouncilEvidence, PointEvidence, VoteEvidence } from "./model";

// Catch-all headings under which courts refuse substantive decisions.
const CATCH_ALL = /questions?\s+diverses|\bdivers\b|urgence\s+ou\s+(les\s+)?circonstances/i;

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
    attendance: {
      enExercice: seance.enExercice,
      presents: seance.presents.length,
      represented: validProxies(seance).length,
      at: { path: "presents" },
    },
    points: seance.points.map((point, i) => pointEvidence(seance, point, i)),
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

function pointEvidence(seance: Seance, point: Point, i: number): PointEvidence {
  const compteAdministratif = isCompteAdministratif(point) ? maireAtVote(seance, point, i) : undefined;
  return {
    subject: point.subject,
    at: { path: pointPath(i) },
    ...(point.onAgenda !== undefined ? { onAgenda: point.onAgenda } : {}),
    decidedUnderCatchAll:
      (point.kind === "questions-diverses" || CATCH_ALL.test(point.subject)) && point.vote !== undefined,
    decisionAt: { path: `points[${String(i)}].vote` },
    // Only a point whose attendance differs from the opening can lose a quorum the opening had.
    ...(point.presentCount !== undefined ||
    (point.nonParticipants?.length ?? 0) > 0 ||
    (point.excludedFromExercice ?? 0) > 0
      ? {
          attendance: {
            presents: presentsAtPoint(seance, point),
            nonParticipants: nonParticipantsPresent(seance, point),
            excludedFromExercice: point.excludedFromExercice ?? 0,
            represented: validProxies(seance, point).length,
          },
        }
      : {}),
    ...(point.vote ? { vote: voteEvidence(seance, point, i) } : {}),
    ...(compteAdministratif ? { compteAdministratif } : {}),
  };
}

function voteEvidence(seance: Seance, point: Point, i: number): VoteEvidence {
  const vote = point.vote ?? { pour: 0, contre: 0 };
  const votants = { value: votantsAtPoint(seance, point) };
  return {
    pour: vote.pour,
    contre: vote.contre,
    abstentions: vote.abstentions ?? 0,
    blancsNuls: vote.blancsNuls ?? 0,
    at: { path: pointPath(i, "vote") },
    ...(point.scrutin ? { scrutin: point.scrutin } : {}),
    ...(point.presidentVote ? { presidentVote: point.presidentVote } : {}),
    compteAdministratif: isCompteAdministratif(point),
    possible: votants,
    votants,
    ...(point.result ? { declared: { value: point.result, at: { path: pointPath(i, "result") } } } : {}),
  };
}

/** Without the maire's name the record cannot say whether he presided or voted. */
function maireAtVote(seance: Seance, point: Point, i: number): CompteAdministratifEvidence | undefined {
  const maire = seance.maire;
  if (!maire) return undefined;
  const president = point.president ?? seance.president;
  const takesPart =
    includesName(seance.presents, maire) || (seance.procurations ?? []).some((p) => includesName([p.mandant], maire));
  return {
    maire,
    presidedByMaire: {
      value: president !== undefined && includesName([president], maire),
      at: { path: pointPath(i, "president") },
    },
    maireTookPart: {
      value: point.vote !== undefined && takesPart && !includesName(point.nonParticipants, maire),
      at: { path: pointPath(i, "nonParticipants") },
    },
  };
}
