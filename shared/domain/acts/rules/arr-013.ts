import { checkRecours, RECOURS_MESSAGES } from "../rule-support/recours";
import { defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "ARR-013",
    severity: "warning",
    title: "Voies et délais de recours",
    ref: "CJA R421-5",
    verification: "V2015",
    messages: RECOURS_MESSAGES,
  },
  check(subject, context) {
    if (subject.act.kind === "arrete") checkRecours(subject, context);
  },
});
