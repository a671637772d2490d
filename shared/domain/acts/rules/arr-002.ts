import { defineActRule, missingLabels } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "ARR-002",
    severity: "info",
    title: "Numéro, date et objet de l'arrêté",
    ref: "CGCT L2122-29",
    verification: "V2015",
    messages: { missing: "À compléter pour l'inscription au registre des arrêtés : {parts}." },
  },
  check({ act }, { report }) {
    if (act.kind !== "arrete") return;
    const parts = missingLabels(act, ["numero", "date", "objet"]);
    if (parts) report({ messageId: "missing", data: { parts } });
  },
});
