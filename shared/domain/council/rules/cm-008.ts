import { isAlsaceMoselle } from "../../common";
import { convocationDelay, defineCouncilRule, located } from "../evidence";

export default defineCouncilRule({
  meta: {
    id: "CM-008",
    severity: "error",
    title: "Convocation en urgence",
    ref: "CGCT L2121-11, L2121-12",
    verification: "V2015",
    messages: {
      late: "Urgence : convocation du {sent} pour la séance du {date}, {days} ; le délai abrégé ne peut être inférieur à un jour franc.",
      noVote:
        "Urgence : le procès-verbal doit mentionner que le conseil s'est prononcé sur l'urgence dès l'ouverture de la séance.",
    },
  },
  check(evidence, { report }) {
    const convocation = evidence.convocation;
    if (convocation?.urgence !== true || isAlsaceMoselle(evidence.departement)) return;
    const delay = convocationDelay(evidence);
    const sent = convocation.sentOn;
    if (delay && sent && delay.days < delay.required) report({ messageId: "late", data: delay.data, ...located(sent) });
    if (convocation.urgenceVoted !== true)
      report({
        messageId: "noVote",
        severity: "warning",
        ...(convocation.urgenceAt ? { at: convocation.urgenceAt } : {}),
      });
  },
});
