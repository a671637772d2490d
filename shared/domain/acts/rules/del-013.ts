import { at, defineActRule, reportObsolete } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "DEL-013",
    severity: "warning",
    title: "Signatures et identité du signataire",
    ref: "CRPA L212-1",
    verification: "V",
    messages: {
      missing: "Signature à compléter : qualité, prénom et nom du signataire (« Le Maire, Jean DUPONT »).",
      name: "Le signataire « {qualite} » n'est pas identifié par son prénom et son nom en caractères lisibles.",
      obsolete: "« {match} » : {reason} ; écrire plutôt {replacement}.",
    },
  },
  check(subject, { date, report }) {
    const { act } = subject;
    if (act.kind !== "deliberation") return;
    if (!act.signataire) report({ messageId: "missing" });
    else if (!act.signataire.name)
      report({ messageId: "name", data: { qualite: act.signataire.qualite }, at: at(act.signataire) });
    reportObsolete(subject, date, ["signature"], report);
  },
});
