import { agreed, checkQuorum, covidQuorumRequired, inCovidWindow } from "../../common";
import { defineCouncilRule, located } from "../evidence";

export default defineCouncilRule({
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
      quorum:
        "{presents} conseillers présents pour {enExercice} en exercice : le quorum est de {required} présents (pouvoirs non comptés). Le conseil ne pouvait pas délibérer.",
      covidAct:
        "{counted} conseillers présents ou représentés pour {enExercice} en exercice : même le quorum dérogatoire d'un tiers ({required}) n'est pas atteint.",
    },
    note: "Sans objet après une seconde convocation (CM-013). Le départ d'un membre pendant le vote ne change pas le quorum du point. Régime dérogatoire sanitaire (tiers des membres, présents ou représentés) appliqué entre le 24/03/2020 et le 31/07/2022 (bornes à vérifier).",
  },
  check(evidence, { report, date }) {
    const { attendance } = evidence;
    if (evidence.secondConvocation || !attendance) return;
    const { enExercice, presents, represented } = attendance;
    const covid = inCovidWindow(date);
    const covidReached = (counted: number) => covid && counted >= covidQuorumRequired(enExercice);
    const opening = checkQuorum({ enExercice, presents });
    const where = located(attendance);
    if (!opening.reached && !covidReached(presents + represented)) {
      if (evidence.scope === "seance")
        report({
          messageId: "opening",
          data: {
            presents: `${opening.counted} ${agreed(opening.counted, "membre présent")}`,
            required: opening.required,
            enExercice,
          },
          ...where,
        });
      else if (covid)
        report({
          messageId: "covidAct",
          data: { counted: presents + represented, enExercice, required: covidQuorumRequired(enExercice) },
          ...where,
        });
      else report({ messageId: "quorum", data: { presents, enExercice, required: opening.required }, ...where });
    }
    for (const point of evidence.points) {
      const at = point.attendance;
      if (!at) continue;
      const quorum = checkQuorum({
        enExercice,
        presents: at.presents,
        nonParticipants: at.nonParticipants,
        excludedFromExercice: at.excludedFromExercice,
      });
      if (quorum.reached) continue;
      const saved = covidReached(quorum.counted + at.represented);
      report({
        messageId: saved ? "covid" : "point",
        data: {
          subject: point.subject,
          counted: quorum.counted,
          deliberating: `${quorum.counted} ${agreed(quorum.counted, "membre pouvant délibérer", "membres pouvant délibérer")}`,
          required: quorum.required,
        },
        ...(point.at ? { at: point.at } : {}),
        ...(saved ? { severity: "info" as const } : {}),
      });
    }
  },
});
