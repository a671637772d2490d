import { defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "ARR-008",
    severity: "warning",
    title: "Signalisation des mesures de circulation",
    ref: "C. route R411-25",
    verification: "V2015",
    messages: {
      missing:
        "Signalisation à prévoir : la mesure n'est opposable qu'une fois signalée ; dire qui pose, entretient et retire les panneaux.",
    },
  },
  check({ act, matters }, { report }) {
    if (act.kind !== "arrete" || !matters.has("circulation") || matters.has("voirie")) return;
    if (!/signalisation|panneau|signalee?s?\b|balisage/.test(act.folded)) report({ messageId: "missing" });
  },
});
