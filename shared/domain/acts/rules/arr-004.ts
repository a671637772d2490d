import { defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "ARR-004",
    severity: "warning",
    title: "Considérants et motivation",
    ref: "CGCT L2213-2",
    verification: "V2015",
    messages: {
      missing:
        "Motivation à compléter : énoncer dans des considérants les faits (troubles, risques) et les raisons de droit qui justifient la mesure.",
    },
  },
  check({ act }, { report }) {
    if (act.kind === "arrete" && act.considerants.length === 0) report({ messageId: "missing" });
  },
});
