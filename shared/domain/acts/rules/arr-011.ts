import { at, defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "ARR-011",
    severity: "error",
    title: "Publicité des arrêtés réglementaires",
    ref: "CGCT L2131-1",
    verification: "V",
    messages: {
      missing:
        "Arrêté réglementaire : sa publication (dans le mode de la commune) est à mentionner ; il n'est exécutoire qu'une fois publié.",
      notified: "Arrêté réglementaire seulement notifié : il doit être publié pour être exécutoire à l'égard de tous.",
    },
  },
  check({ act, nature }, { report }) {
    if (act.kind !== "arrete" || nature !== "reglementaire" || act.mentions.publication) return;
    if (act.mentions.notification)
      report({ messageId: "notified", severity: "warning", at: at(act.mentions.notification) });
    else report({ messageId: "missing", severity: "warning" });
  },
});
