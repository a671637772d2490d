import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-031",
    severity: "info",
    title: "Compte rendu des décisions prises par délégation",
    ref: "CGCT L2122-23",
    verification: "V2015",
    messages: {
      report:
        "Le maire doit rendre compte, à chaque réunion obligatoire du conseil, des décisions prises par délégation (L2122-22).",
    },
  },
  check({ seance }, { report }) {
    if (seance.delegations?.granted === true && seance.delegations.reported === false)
      report({ messageId: "report", at: { path: "delegations.reported" } });
  },
});
