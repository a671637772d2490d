import { includesName, pointPath } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-021",
    severity: "error",
    title: "Conseiller intéressé à l'affaire",
    ref: "CGCT L2131-11",
    verification: "V",
    messages: {
      tookPart:
        "« {subject} » : {member}, intéressé(e) à l'affaire, doit quitter la salle et ne prendre part ni au débat ni au vote (ni par pouvoir).",
      proxy:
        "« {subject} » : {member}, intéressé(e), détient ou a donné un pouvoir ; il ne peut pas servir sur ce point.",
    },
    note: "L'intérêt lui-même n'est pas détecté : la séance doit désigner les conseillers intéressés.",
  },
  check({ seance }, { report }) {
    seance.points.forEach((point, i) => {
      for (const member of point.interested ?? []) {
        const data = { subject: point.subject, member };
        if (!includesName(point.nonParticipants, member)) {
          report({ messageId: "tookPart", data, at: { path: pointPath(i, "nonParticipants") } });
          continue;
        }
        const proxy = (seance.procurations ?? []).some((p) => includesName([p.mandant, p.mandataire ?? ""], member));
        if (proxy && point.vote)
          report({ messageId: "proxy", severity: "warning", data, at: { path: pointPath(i, "vote") } });
      }
    });
  },
});
