import { COVID_DEROGATIONS, addDays, quorumRequired } from "../../common";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-033",
    severity: "warning",
    title: "Réunion à distance et règles dérogatoires après leur fin",
    ref: "lois 2020-1379, 2021-160, 2022-46",
    verification: "M",
    effective: { from: addDays(COVID_DEROGATIONS.until, 1) },
    messages: {
      remote:
        "Séance tenue à distance : le régime dérogatoire (visioconférence) a pris fin le 31/07/2022 ; le conseil se réunit physiquement.",
      quorum:
        "Quorum annoncé de {declared} pour {enExercice} membres en exercice : la règle dérogatoire du tiers a pris fin, la majorité ({required}) est requise.",
    },
  },
  check({ seance }, { report }) {
    if (seance.remote === true) report({ messageId: "remote", at: { path: "remote" } });
    const declared = seance.declaredQuorum;
    const required = quorumRequired(seance.enExercice);
    if (declared !== undefined && declared < required) {
      report({
        messageId: "quorum",
        data: { declared, enExercice: seance.enExercice, required },
        at: { path: "declaredQuorum" },
      });
    }
  },
});
