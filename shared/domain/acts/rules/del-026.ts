import { formatDateFr } from "../../common";
import { at, defineActRule, effectDates, evidenceOf } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "DEL-026",
    severity: "error",
    title: "Non-rétroactivité",
    ref: "principe de non-rétroactivité des actes administratifs",
    verification: "D",
    messages: {
      retroactive:
        "Effet au {effect}, avant la séance du {date} : un acte ne peut pas s'appliquer avant d'être exécutoire.",
    },
  },
  check({ act }, { report }) {
    if (act.kind !== "deliberation" || !act.date) return;
    const seance = act.date.iso;
    // Only the dispositif gives the act's effect: an exposé may quote when a law took effect.
    const from = act.dispositif?.start ?? 0;
    const early = effectDates(act).find((d) => d.start >= from && d.iso < seance);
    if (early)
      report({
        messageId: "retroactive",
        data: { effect: formatDateFr(early.iso), date: formatDateFr(seance) },
        at: at(early),
        evidence: evidenceOf(act, early, act.date),
      });
  },
});
