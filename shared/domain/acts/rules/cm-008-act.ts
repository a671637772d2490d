import { actConvocationDelay } from "./convocation-delay";
import { at, defineActRule, evidenceOf } from "./support";

const URGENCY_VOTED =
  /(?:se prononce|s'est prononce|statue|approuve|reconnait|reconnu|vote|accepte|admet)[^.\n]{0,60}urgence|urgence[^.\n]{0,60}(?:approuv|reconnu|admise|acceptee|votee|justifi)/;

export default defineActRule({
  meta: {
    id: "CM-008",
    severity: "error",
    title: "Convocation en urgence",
    ref: "CGCT L2121-11",
    verification: "V2015",
    messages: {
      late: "Convocation d'urgence du {sent} pour la séance du {date} : {days} jour franc, {required} au moins ({ref}).",
      vote: "Convocation d'urgence : mentionner que le maire en a rendu compte à l'ouverture et que le conseil s'est prononcé sur l'urgence.",
    },
  },
  check(subject, { report }) {
    const { act } = subject;
    if (act.kind !== "deliberation" || !act.urgence) return;
    const delay = actConvocationDelay(subject);
    if (delay && delay.days < delay.required)
      report({
        messageId: "late",
        data: delay.data,
        at: at(act.convocation),
        evidence: evidenceOf(act, act.convocation, act.date),
      });
    if (!URGENCY_VOTED.test(act.folded)) report({ messageId: "vote", severity: "warning", at: at(act.urgence) });
  },
});
