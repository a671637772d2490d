import { agreed, checkQuorum, covidQuorumRequired, inCovidWindow } from "../../common";
import { nonParticipantsPresent, pointPath, presentsAtPoint, validProxies } from "../attendance";
import type { Point, Seance } from "../schema";
import { defineSeanceRule } from "./support";

export default defineSeanceRule({
  meta: {
    id: "CM-012",
    severity: "error",
    title: "Quorum à l'ouverture et à chaque point",
    ref: "CGCT L2121-17",
    verification: "V2015",
    messages: {
      opening:
        "Quorum non atteint à l'ouverture : {presents} pour {required} requis ({enExercice} en exercice ; les pouvoirs ne comptent pas).",
      point:
        "Quorum non atteint pour le point « {subject} » : {deliberating} pour {required} requis (présents moins ceux qui ne prennent pas part).",
      covid:
        "Quorum ordinaire non atteint pour « {subject} » ({counted}/{required}) ; atteint seulement selon la règle dérogatoire COVID du tiers, pouvoirs compris.",
    },
    note: "Sans objet après une seconde convocation (CM-013). Le départ d'un membre pendant le vote ne change pas le quorum du point.",
  },
  check({ seance }, { report, date }) {
    if (seance.secondConvocation) return;
    const opening = checkQuorum({ enExercice: seance.enExercice, presents: seance.presents.length });
    if (!opening.reached && !covidSaves(seance, date, seance.presents.length)) {
      report({
        messageId: "opening",
        data: {
          presents: `${opening.counted} ${agreed(opening.counted, "membre présent")}`,
          required: opening.required,
          enExercice: seance.enExercice,
        },
        at: { path: "presents" },
      });
    }
    seance.points.forEach((point, i) => {
      if (!pointSpecific(point)) return;
      const quorum = checkQuorum({
        enExercice: seance.enExercice,
        presents: presentsAtPoint(seance, point),
        nonParticipants: nonParticipantsPresent(seance, point),
        excludedFromExercice: point.excludedFromExercice ?? 0,
      });
      if (quorum.reached) return;
      const data = {
        subject: point.subject,
        counted: quorum.counted,
        deliberating: `${quorum.counted} ${agreed(quorum.counted, "membre pouvant délibérer", "membres pouvant délibérer")}`,
        required: quorum.required,
      };
      const covid = covidSaves(seance, date, quorum.counted, point);
      report({
        messageId: covid ? "covid" : "point",
        data,
        at: { path: pointPath(i) },
        ...(covid ? { severity: "info" as const } : {}),
      });
    });
  },
});

/** Only a point whose attendance differs from the opening can lose a quorum the opening had. */
function pointSpecific(point: Point): boolean {
  return (
    point.presentCount !== undefined ||
    (point.nonParticipants?.length ?? 0) > 0 ||
    (point.excludedFromExercice ?? 0) > 0
  );
}

function covidSaves(seance: Seance, date: string, counted: number, point?: Point): boolean {
  return inCovidWindow(date) && counted + validProxies(seance, point).length >= covidQuorumRequired(seance.enExercice);
}
