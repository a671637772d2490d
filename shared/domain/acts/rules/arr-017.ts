import { defineActRule, reportObsolete } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "ARR-017",
    severity: "error",
    title: "Mise en sécurité des immeubles (ex-péril)",
    ref: "CGCT L2213-24",
    verification: "V2015",
    effective: { from: "2021-01-01" },
    messages: { obsolete: "« {match} » : {reason} ; suivre plutôt {replacement}." },
  },
  check(subject, { date, report }) {
    if (subject.act.kind === "arrete") reportObsolete(subject, date, ["mise-en-securite"], report);
  },
});
