import { SEUIL_3500 } from "../../common";
import { alsaceMoselle, population } from "../attendance";
import { convocationDelay, SENT_AT } from "./delay";
import { defineSeanceRule } from "./support";

export default defineSeanceRule({
  meta: {
    id: "CM-006",
    severity: "error",
    title: "Délai de convocation des communes de moins de 3 500 habitants",
    ref: "CGCT L2121-11",
    verification: "V2015",
    messages: {
      late: "Convocation envoyée le {sent} pour la séance du {date} : {days} jour(s) franc(s), {required} requis (envoi au plus tard le {latest}). Toutes les délibérations de la séance sont exposées à l'annulation.",
    },
    note: "Population inconnue : le délai de 3 jours francs, le plus court, est appliqué (CM-007 signale le doute).",
  },
  check({ seance }, { report }) {
    const pop = population(seance);
    if (alsaceMoselle(seance) || seance.convocation?.urgence || seance.firstMeetingAfterElection) return;
    if (pop !== undefined && pop >= SEUIL_3500) return;
    const delay = convocationDelay(seance);
    if (delay && delay.days < delay.required) report({ messageId: "late", data: delay.data, at: SENT_AT });
  },
});
