import { defineActRule, missingLabels } from "./support";

export default defineActRule({
  meta: {
    id: "DEL-001",
    severity: "warning",
    title: "Identification de la séance et de la commune",
    ref: "CGCT R2121-9",
    verification: "V",
    messages: { missing: "Identification de la séance à compléter : {parts}." },
  },
  check({ act }, { report }) {
    if (act.kind !== "deliberation") return;
    const parts = missingLabels(act, ["commune", "date", "heure", "lieu", "president"]);
    if (parts) report({ messageId: "missing", data: { parts } });
  },
});
