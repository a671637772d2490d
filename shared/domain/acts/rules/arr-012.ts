import type { Matter } from "../classify";
import { defineActRule } from "../rule-support/support";

// L2131-2 2°, 3°, 5°, 6°: police (except circulation, stationnement, débits temporaires), regulatory acts, personnel, urbanisme.
const TRANSMISSIBLE: readonly Matter[] = [
  "police",
  "delegation-fonction",
  "mise-en-securite",
  "personnel",
  "urbanisme",
];

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
    const exempt =
      matters.has("boissons") || ((matters.has("circulation") || matters.has("voirie")) && !matters.has("police"));
    if (!exempt && TRANSMISSIBLE.some((m) => matters.has(m))) report({ messageId: "missing", severity: "warning" });
  },
});
