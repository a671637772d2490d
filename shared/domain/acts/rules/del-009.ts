import { defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "DEL-009",
    severity: "warning",
    title: "Motivation (considérants ou exposé)",
    ref: "CRPA L211-2",
    verification: "M",
    messages: { missing: "Motivation à compléter : ni considérant ni exposé des motifs avant la décision." },
  },
  check({ act }, { report }) {
    if (act.kind === "deliberation" && act.considerants.length === 0 && !act.expose) report({ messageId: "missing" });
  },
});
