import { defineActRule, reportObsolete } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "ARR-018",
    severity: "warning",
    title: "Débits de boissons temporaires",
    ref: "CSP L3334-2",
    verification: "D",
    messages: {
      association:
        "Débit de boissons temporaire : le bénéficiaire (association organisatrice de la manifestation) est à nommer.",
      obsolete: "« {match} » : {reason} ; autoriser plutôt {replacement}.",
    },
  },
  check(subject, { date, report }) {
    const { act, matters } = subject;
    if (act.kind !== "arrete") return;
    if (matters.has("boissons") && !/association|club|comite des fetes|amicale|groupement sportif/.test(act.folded))
      report({ messageId: "association" });
    reportObsolete(subject, date, ["boissons"], report);
  },
});
