import { isAlsaceMoselle, SEUIL_3500 } from "../../common";
import { convocationDelay, defineCouncilRule, located } from "../evidence";

export default defineCouncilRule({
  meta: {
    id: "CM-006",
    severity: "error",
    title: "Délai de convocation des communes de moins de 3 500 habitants",
    ref: "CGCT L2121-11",
    verification: "V2015",
    messages: {
      late: "{convocation} {sent} pour la séance du {date} : {days}, {required} requis ({ref}envoi au plus tard le {latest}). {exposed}",
    },
    note: "Population inconnue : le délai de 3 jours francs, le plus court, est appliqué (CM-007 signale le doute).",
  },
  check(evidence, { report }) {
    const { convocation, population } = evidence;
    if (isAlsaceMoselle(evidence.departement) || convocation?.urgence || evidence.firstMeetingAfterElection) return;
    if (population !== undefined && population >= SEUIL_3500) return;
    const delay = convocationDelay(evidence);
    const sent = convocation?.sentOn;
    if (delay && sent && delay.days < delay.required) report({ messageId: "late", data: delay.data, ...located(sent) });
  },
});
