import type { CouncilEvidence, PointEvidence } from "../council/evidence";
import { SECONDE } from "./rules/convocation-delay";
import { at, evidenceOf, find } from "./rules/support";
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
  return found;
}

/**
 * A délibération's text as council evidence: each fact with the span it was read on and how it was read. A
 * convocation not before the séance is left out (DEL-002 reports the incoherence); an arrêté gives none.
 */
export function actEvidence(subject: ActSubject): CouncilEvidence | undefined {
  const { act } = subject;
  if (act.kind !== "deliberation" || !act.date) return undefined;
  const sent = act.convocation && act.convocation.iso < act.date.iso ? act.convocation : undefined;
  return {
    scope: "deliberation",
    date: act.date.iso,
    ...(subject.population !== undefined ? { population: subject.population } : {}),
    ...(subject.departement !== undefined ? { departement: subject.departement } : {}),
    firstMeetingAfterElection: false,
    secondConvocation: SECONDE.test(act.folded),
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
