import { at, defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "PUB-004",
    severity: "error",
    title: "Notification des actes individuels",
    ref: "CGCT L2131-1",
    verification: "V",
    messages: {
      missing:
        "Acte individuel : la notification à l'intéressé est à mentionner ; sans elle l'acte ne lui est pas opposable.",
      published: "Acte individuel seulement publié : il doit être notifié à l'intéressé pour lui être opposable.",
    },
  },
  check({ act, nature }, { report }) {
    if (nature !== "individuel" || act.mentions.notification) return;
    if (act.mentions.publication)
      report({ messageId: "published", severity: "warning", at: at(act.mentions.publication) });
    else report({ messageId: "missing", severity: "warning" });
  },
});
