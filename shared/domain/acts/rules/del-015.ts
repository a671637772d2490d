import { checkRecours, RECOURS_MESSAGES } from "../rule-support/recours";
import { defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "DEL-015",
    severity: "warning",
    title: "Voies et délais de recours",
    ref: "CJA R421-1",
    verification: "V2015",
    messages: RECOURS_MESSAGES,
  },
  check(subject, context) {
    if (subject.act.kind === "deliberation") checkRecours(subject, context);
  },
});
