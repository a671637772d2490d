import { alsaceMoselle } from "../attendance";
import { convocationDelay, seanceEvidence } from "../evidence";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-009",
    severity: "error",
    title: "Convocation en Alsace-Moselle",
    ref: "CGCT L2541-2",
    verification: "V2015",
    messages: {
      late: "Alsace-Moselle : convocation envoyée le {sent} pour le {date} ; elle doit être faite trois jours au moins avant la séance (au plus tard le {latest}).",
      lateUrgent:
        "Alsace-Moselle, urgence : la convocation doit être faite au plus tard la veille de la séance du {date} (envoyée le {sent}).",
      noVote: "Alsace-Moselle : le conseil doit décider à l'ouverture de la séance s'il y avait urgence.",
    },
    note: "Le délai de « trois jours au moins » est compté en jours francs, par prudence (doctrine).",
  },
  check(subject, { report }) {
    const { seance } = subject;
    if (!alsaceMoselle(seance)) return;
    const urgent = seance.convocation?.urgence === true;
    const delay = convocationDelay(seanceEvidence(subject));
    if (delay && delay.days < delay.required)
      report({ messageId: urgent ? "lateUrgent" : "late", data: delay.data, at: { path: "convocation.sentOn" } });
    if (urgent && seance.convocation?.urgenceVotedAtOpening !== true) {
      report({ messageId: "noVote", severity: "warning", at: { path: "convocation.urgenceVotedAtOpening" } });
    }
  },
});
