import { SEUIL_3500 } from "../../common";
import { actConvocationDelay, LATE_MESSAGE, ordinaryDelayApplies } from "./convocation-delay";
import { at, defineActRule, evidenceOf } from "./support";

export default defineActRule({
  meta: {
    id: "CM-007",
    severity: "error",
    title: "Délai de convocation et note de synthèse des communes de 3 500 habitants et plus",
    ref: "CGCT L2121-12",
    verification: "V2015",
    messages: {
      late: LATE_MESSAGE,
      note: "Commune de {population} habitants : mentionner la note explicative de synthèse adressée avec la convocation.",
    },
  },
  check(subject, { report }) {
    const { population, act } = subject;
    if (
      act.kind !== "deliberation" ||
      population === undefined ||
      population < SEUIL_3500 ||
      !ordinaryDelayApplies(subject)
    )
      return;
    const delay = actConvocationDelay(subject);
    if (delay && delay.days < delay.required)
      report({
        messageId: "late",
        data: delay.data,
        at: at(act.convocation),
        evidence: evidenceOf(act, act.convocation, act.date),
      });
    if (!/note (?:explicative )?de synthese/.test(act.folded))
      report({ messageId: "note", severity: "info", data: { population } });
  },
});
