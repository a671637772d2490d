import { SEUIL_3500 } from "../../common";
import { actConvocationDelay, LATE_MESSAGE, ordinaryDelayApplies } from "./convocation-delay";
import { at, defineActRule, evidenceOf } from "./support";

export default defineActRule({
  meta: {
    id: "CM-006",
    severity: "error",
    title: "Délai de convocation des communes de moins de 3 500 habitants",
    ref: "CGCT L2121-11",
    verification: "V2015",
    messages: { late: LATE_MESSAGE },
    note: "Population inconnue : le délai de 3 jours francs, le plus court, est appliqué.",
  },
  check(subject, { report }) {
    if (!ordinaryDelayApplies(subject) || (subject.population ?? 0) >= SEUIL_3500) return;
    const delay = actConvocationDelay(subject);
    if (delay && delay.days < delay.required)
      report({
        messageId: "late",
        data: delay.data,
        at: at(subject.act.convocation),
        evidence: evidenceOf(subject.act, subject.act.convocation, subject.act.date),
      });
  },
});
