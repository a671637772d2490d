import { alsaceMoselle } from "../attendance";
import { convocationDelay, SENT_AT } from "./delay";
import { defineSeanceRule } from "./support";

export default defineSeanceRule({
  meta: {
    id: "CM-008",
    severity: "error",
    title: "Convocation en urgence",
    ref: "CGCT L2121-11, L2121-12",
    verification: "V2015",
    messages: {
      late: "Urgence : convocation envoyée le {sent} pour le {date}, {days} jour(s) franc(s) ; le délai abrégé ne peut être inférieur à un jour franc.",
      noVote:
        "Urgence : le procès-verbal doit mentionner que le conseil s'est prononcé sur l'urgence dès l'ouverture de la séance.",
    },
  },
  check({ seance }, { report }) {
    if (seance.convocation?.urgence !== true || alsaceMoselle(seance)) return;
    const delay = convocationDelay(seance);
    if (delay && delay.days < delay.required) report({ messageId: "late", data: delay.data, at: SENT_AT });
    if (seance.convocation.urgenceVotedAtOpening !== true) {
      report({ messageId: "noVote", severity: "warning", at: { path: "convocation.urgenceVotedAtOpening" } });
    }
  },
});
