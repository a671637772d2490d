import { defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "DEL-006",
    severity: "info",
    title: "Numérotation de la délibération",
    ref: "CGCT R2121-9",
    verification: "V",
    messages: {
      missing:
        "Numéro de la délibération à compléter (numéro d'ordre dans la séance, identifiant de l'acte pour @CTES).",
    },
  },
  check({ act }, { report }) {
    if (act.kind === "deliberation" && !act.numero) report({ messageId: "missing" });
  },
});
