import { clearDaysBetween, formatDateFr, joursFrancs } from "../../common";
import { alsaceMoselle, includesName, pointPath } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-013",
    severity: "error",
    title: "Seconde convocation après défaut de quorum",
    ref: "CGCT L2121-17",
    verification: "V2015",
    messages: {
      interval:
        "Seconde convocation : {days} seulement depuis la séance sans quorum du {first} ; trois jours au moins d'intervalle sont requis.",
      newItem:
        "Le point « {subject} » ne figurait pas à l'ordre du jour de la première réunion : il ne peut être délibéré sans quorum.",
      recall: "Alsace-Moselle : la seconde convocation doit rappeler expressément la règle de l'article L2541-4.",
    },
    note: "Lecture prudente : trois jours francs entre les deux séances. Le délai de la convocation elle-même relève de CM-006/007.",
  },
  check({ seance }, { report }) {
    const second = seance.secondConvocation;
    if (!second) return;
    const days = clearDaysBetween(second.firstSeanceDate, seance.date);
    if (days < 3)
      report({
        messageId: "interval",
        data: { days: joursFrancs(days), first: formatDateFr(second.firstSeanceDate) },
        at: { path: "secondConvocation.firstSeanceDate" },
      });
    if (second.firstAgenda) {
      seance.points.forEach((point, i) => {
        if (!includesName(second.firstAgenda, point.subject))
          report({ messageId: "newItem", data: { subject: point.subject }, at: { path: pointPath(i) } });
      });
    }
    if (alsaceMoselle(seance) && seance.convocation?.recallsSecondConvocationRule === false) {
      report({ messageId: "recall", severity: "warning", at: { path: "convocation.recallsSecondConvocationRule" } });
    }
  },
});
