import type { CouncilEvidence } from "../council/evidence";
import { SECONDE } from "./rules/convocation-delay";
import { at, evidenceOf } from "./rules/support";
import type { ActSubject } from "./subject";

/** Words by which a minute says the council voted on the urgency. */
const URGENCY_VOTED =
  /(?:se prononce|s'est prononce|statue|approuve|reconnait|reconnu|vote|accepte|admet)[^.\n]{0,60}urgence|urgence[^.\n]{0,60}(?:approuv|reconnu|admise|acceptee|votee|justifi)/;

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
    convocation: {
      ...(sent ? { sentOn: { value: sent.iso, at: at(sent), evidence: evidenceOf(act, sent, act.date) } } : {}),
      urgence: act.urgence !== undefined,
      ...(act.urgence ? { urgenceAt: at(act.urgence) } : {}),
      ...(URGENCY_VOTED.test(act.folded) ? { urgenceVoted: true } : {}),
      ...(/note (?:explicative )?de synthese/.test(act.folded) ? { noteDeSynthese: true } : {}),
    },
  };
}
