import { arreteTransmissionExempt, TRANSMISSIBLE_ARRETE_MATTERS } from "../classify";
import { defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "ARR-012",
    severity: "error",
    title: "Transmission en préfecture des arrêtés",
    ref: "CGCT L2131-2",
    verification: "V2015",
    messages: {
      missing:
        "Arrêté transmissible au contrôle de légalité : la transmission en préfecture est à mentionner ; il n'est exécutoire qu'après elle.",
    },
    note: "Les arrêtés de circulation et de stationnement et les débits de boissons temporaires des associations ne sont pas transmissibles.",
  },
  check({ act, matters }, { report }) {
    if (act.kind !== "arrete" || act.mentions.transmission) return;
    if (!arreteTransmissionExempt(matters) && TRANSMISSIBLE_ARRETE_MATTERS.some((m) => matters.has(m)))
      report({ messageId: "missing", severity: "warning" });
  },
});
