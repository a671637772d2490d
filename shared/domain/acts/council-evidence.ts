import type { AttendanceEvidence, CouncilEvidence, PointEvidence, VoteEvidence } from "../council/evidence";
import { compteAdministratifPoint } from "./compte-administratif";
import type { ParsedAct } from "./model";
import { SECONDE } from "./rule-support/convocation-delay";
import { at, evidenceOf, find } from "./rule-support/support";
import type { ActSubject } from "./subject";

/** Words by which a minute says the council voted on the urgency. */
const URGENCY_VOTED =
  /(?:se prononce|s'est prononce|statue|approuve|reconnait|reconnu|vote|accepte|admet)[^.\n]{0,60}urgence|urgence[^.\n]{0,60}(?:approuv|reconnu|admise|acceptee|votee|justifi)/;

/** Words by which a minute says a point was put on the agenda during the séance. */
const ADDED =
  /(?:a ete |sont |soient |est )(?:r?ajoutee?s?)[^.\n]{0,20}(?:a|de) l'ordre du jour|r?ajouter (?:\d+|un|une|deux|trois) (?:points?|questions?|deliberations?)|l'r?ajout d'une? (?:points?|questions?|deliberations?|ordres? du jour)|(?:ajout|rajout)(?:er|e|ee|ant)?[^.\n]{0,40}(?:points?|questions?|sujets?)[^.\n]{0,60}ordre du jour|(?:souhaite|propose|demande)[^.\n]{0,30}(?:ajouter|rajouter|inscrire) (?:un|une|deux|trois|des) (?:points?|questions?|sujets?)|(?:points?|questions?) (?:supplementaires?|non inscrite?s?|ajoutee?s?)|ne figurant pas (?:a|sur) l'ordre du jour|inscri(?:re|t|te|ption)[^.\n]{0,40}(?:questions?|points?) supplementaires?|inscri(?:re|t|te)[^.\n]{0,30}ordre du jour[^.\n]{0,40}(?:en debut|a l'ouverture|en cours) de seance/;
/** A reordering or a withdrawal changes nothing to what was convoked. */
const NOT_ADDED = /\b(?:retir|retrait|report|inverse|interverti|ordre de passage|modifier l'ordre)/;
/** Catch-all items under which no decision may be taken; inferred, since the minute may only inform. */
const CATCH_ALL =
  /^(?:[-•*\d.)\s]*)(?:questions? diverses|affaires? diverses|toutes? deliberations? exigees? par l'urgence)\b/m;
const DECIDED = /\b(?:decide|approuve|adopte|autorise|vote|delibere)\b/;
/** « La voix du président est prépondérante » settles a tie for the measure. */
const CASTING = /voix (?:du president |de la presidente )?(?:est |etant )?preponderante/;

/** The counts the act states; the quorum needs both the members in office and the presents. */
function attendance(act: ParsedAct): AttendanceEvidence | undefined {
  const { enExercice, presents, representes } = act.counts;
  if (!enExercice || !presents) return undefined;
  return {
    enExercice: enExercice.value,
    presents: presents.value,
    represented: representes?.value ?? act.pouvoirs.length,
    at: at(presents),
    evidence: evidenceOf(act, presents, enExercice),
  };
}

/** The act's vote, bounded by its votants, or by its presents and their proxies when it states no votants. */
function vote(act: ParsedAct): VoteEvidence | undefined {
  const vote = act.vote;
  if (vote?.pour === undefined) return undefined;
  const { votants, presents, enExercice } = act.counts;
  const possible =
    votants?.value ??
    (presents ? presents.value + Math.min(act.counts.representes?.value ?? presents.value, presents.value) : undefined);
  return {
    pour: vote.pour,
    contre: vote.contre ?? 0,
    abstentions: vote.abstentions ?? 0,
    blancsNuls: vote.blancsNuls ?? 0,
    at: at(vote),
    ...(CASTING.test(act.folded) ? { presidentVote: "pour" as const } : {}),
    // The first vote a minute of several points gives may be another point's: L1612-12's tie is not assumed.
    compteAdministratif: false,
    ...(possible !== undefined
      ? { possible: { value: possible, evidence: evidenceOf(act, vote, votants ?? presents) } }
      : {}),
    ...(votants ? { votants: { value: votants.value, evidence: evidenceOf(act, vote, votants) } } : {}),
    ...(enExercice ? { enExercice: { value: enExercice.value, evidence: evidenceOf(act, vote, enExercice) } } : {}),
  };
}

function points(subject: ActSubject): PointEvidence[] {
  const { act } = subject;
  const found: PointEvidence[] = [];
  const added = find(act, ADDED);
  const line = act.lines[(added?.line ?? 1) - 1];
  if (added && line && !NOT_ADDED.test(act.folded.slice(line.start, line.end)))
    found.push({ subject: added.text, onAgenda: false, at: at(added), evidence: evidenceOf(act, added) });
  const catchAll = find(act, CATCH_ALL);
  if (catchAll && DECIDED.test(act.folded.slice(catchAll.end, catchAll.end + 600))) {
    const heading = { ...catchAll, text: catchAll.text.trim() };
    found.push({
      subject: heading.text,
      decidedUnderCatchAll: true,
      decisionAt: at(heading),
      evidence: evidenceOf(act, { ...heading, how: "inferred" }),
    });
  }
  const voted = vote(act);
  if (voted) found.push({ subject: act.objet?.text ?? "", vote: voted });
  const compte = compteAdministratifPoint(act);
  if (compte) found.push(compte);
  return found;
}

/**
 * A délibération's text as council evidence: each fact with the span it was read on and how it was read. A
 * convocation not before the séance is left out (DEL-002 reports the incoherence); an arrêté gives none.
 * A délibération whose date cannot be read still gives its counts and its vote.
 */
export function actEvidence(subject: ActSubject): CouncilEvidence | undefined {
  const { act } = subject;
  if (act.kind !== "deliberation") return undefined;
  const date = act.date?.iso;
  const sent = act.convocation && date && act.convocation.iso < date ? act.convocation : undefined;
  const counted = attendance(act);
  return {
    scope: "deliberation",
    ...(date ? { date } : {}),
    ...(subject.population !== undefined ? { population: subject.population } : {}),
    ...(subject.departement !== undefined ? { departement: subject.departement } : {}),
    firstMeetingAfterElection: false,
    secondConvocation: SECONDE.test(act.folded),
    ...(counted ? { attendance: counted } : {}),
    points: points(subject),
    convocation: {
      ...(sent ? { sentOn: { value: sent.iso, at: at(sent), evidence: evidenceOf(act, sent, act.date) } } : {}),
      urgence: act.urgence !== undefined,
      ...(act.urgence ? { urgenceAt: at(act.urgence) } : {}),
      ...(URGENCY_VOTED.test(act.folded) ? { urgenceVoted: true } : {}),
      ...(/note (?:explicative )?de synthese/.test(act.folded) ? { noteDeSynthese: true } : {}),
    },
  };
}
