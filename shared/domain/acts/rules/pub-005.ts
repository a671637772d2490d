import { defineActRule, reportObsolete } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "PUB-005",
    severity: "info",
    title: "Formalités supprimées au 1er juillet 2022 (compte rendu, recueil des actes)",
    ref: "ord. 2021-1310",
    verification: "D",
    effective: { from: "2022-07-01" },
    messages: { obsolete: "« {match} » : {reason} ; prévoir plutôt {replacement}." },
  },
  check(subject, { date, report }) {
    reportObsolete(subject, date, ["publicite"], report);
  },
});
