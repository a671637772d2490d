import { daysBetween, formatDateFr, quorumRequired, reglementInterieurThreshold } from "../../common";
import { alsaceMoselle } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-028",
    severity: "warning",
    title: "Réunion à la demande du préfet ou des conseillers",
    ref: "CGCT L2121-9",
    verification: "V",
    messages: {
      late: "Réunion demandée le {requested} et tenue le {date}, {days} jours plus tard : le maire devait réunir le conseil dans les trente jours.",
      tooFew: "Demande de {count} membre(s) : il en faut au moins {needed} pour obliger le maire à réunir le conseil.",
    },
    note: "Sans objet en Alsace-Moselle (L2541-1 écarte L2121-9 ; L2541-2 al. 2 s'applique).",
  },
  check({ seance }, { report, date }) {
    const request = seance.requestedMeeting;
    if (!request || alsaceMoselle(seance)) return;
    const days = daysBetween(request.requestedOn, seance.date);
    if (days > 30)
      report({
        messageId: "late",
        data: { requested: formatDateFr(request.requestedOn), date: formatDateFr(seance.date), days },
        at: { path: "requestedMeeting.requestedOn" },
      });
    const population = seance.commune?.population;
    if (request.by !== "membres" || request.membersCount === undefined || population === undefined) return;
    // From the threshold up, one third of the members en exercice; below it, their majority.
    const needed =
      population >= reglementInterieurThreshold(date)
        ? Math.ceil(seance.enExercice / 3)
        : quorumRequired(seance.enExercice);
    if (request.membersCount < needed)
      report({
        messageId: "tooFew",
        severity: "info",
        data: { count: request.membersCount, needed },
        at: { path: "requestedMeeting.membersCount" },
      });
  },
});
