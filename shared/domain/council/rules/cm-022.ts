import { includesName, isCompteAdministratif, pointPath } from "../attendance";
import { defineSeanceRule } from "./support";

export default defineSeanceRule({
  meta: {
    id: "CM-022",
    severity: "error",
    title: "Vote du compte administratif hors de la présence du maire",
    ref: "CGCT L2121-14, L1612-12",
    verification: "V2015",
    messages: {
      president:
        "« {subject} » : le conseil élit son président pour le compte administratif ; le maire ({maire}) ne peut pas présider ce point.",
      maireVoted:
        "« {subject} » : le maire ({maire}) doit se retirer au moment du vote du compte administratif et n'est compté ni présent ni votant.",
    },
    note: "L'échéance du 30 juin est vérifiée par CM-032, la règle d'adoption (égalité = arrêté) par CM-018.",
  },
  check({ seance }, { report }) {
    const maire = seance.maire;
    if (!maire) return;
    seance.points.forEach((point, i) => {
      if (!isCompteAdministratif(point)) return;
      const data = { subject: point.subject, maire };
      const president = point.president ?? seance.president;
      if (president && includesName([president], maire))
        report({ messageId: "president", data, at: { path: pointPath(i, "president") } });
      const takesPart =
        includesName(seance.presents, maire) ||
        (seance.procurations ?? []).some((p) => includesName([p.mandant], maire));
      if (point.vote && takesPart && !includesName(point.nonParticipants, maire))
        report({ messageId: "maireVoted", data, at: { path: pointPath(i, "nonParticipants") } });
    });
  },
});
