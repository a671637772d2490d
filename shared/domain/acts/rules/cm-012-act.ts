import { checkQuorum, covidQuorumRequired, inCovidWindow } from "../../common";
import { SECONDE } from "./convocation-delay";
import { at, defineActRule, evidenceOf } from "./support";

export default defineActRule({
  meta: {
    id: "CM-012",
    severity: "error",
    title: "Quorum",
    ref: "CGCT L2121-17",
    verification: "V2015",
    messages: {
      quorum:
        "{presents} conseillers présents pour {enExercice} en exercice : le quorum est de {required} présents (pouvoirs non comptés). Le conseil ne pouvait pas délibérer.",
      covid:
        "{counted} conseillers présents ou représentés pour {enExercice} en exercice : même le quorum dérogatoire d'un tiers ({required}) n'est pas atteint.",
    },
    note: "Régime dérogatoire sanitaire (tiers des membres, présents ou représentés) appliqué entre le 24/03/2020 et le 31/07/2022 (bornes à vérifier).",
  },
  check({ act }, { date, report }) {
    const { enExercice, presents } = act.counts;
    if (act.kind !== "deliberation" || !enExercice || !presents || SECONDE.test(act.folded)) return;
    if (inCovidWindow(date)) {
      const counted = presents.value + (act.counts.representes?.value ?? act.pouvoirs.length);
      const required = covidQuorumRequired(enExercice.value);
      if (counted < required)
        report({
          messageId: "covid",
          data: { counted, enExercice: enExercice.value, required },
          at: at(presents),
          evidence: evidenceOf(act, presents, enExercice),
        });
      return;
    }
    const result = checkQuorum({ enExercice: enExercice.value, presents: presents.value });
    if (!result.reached)
      report({
        messageId: "quorum",
        data: { presents: presents.value, enExercice: enExercice.value, required: result.required },
        at: at(presents),
        evidence: evidenceOf(act, presents, enExercice),
      });
  },
});
