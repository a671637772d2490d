import { formatDateFr } from "../../common";
import { at, defineActRule, reportObsolete } from "./support";

export default defineActRule({
  meta: {
    id: "DEL-024",
    severity: "warning",
    title: "Vote des taux d'imposition",
    ref: "CGI 1639 A",
    verification: "D",
    messages: {
      late: "Taux votés le {date}, après le 15 avril (30 avril l'année du renouvellement du conseil).",
      obsolete: "« {match} » : {reason} ; voter plutôt {replacement}.",
    },
  },
  check(subject, { date, report }) {
    const { act, matters } = subject;
    if (act.kind !== "deliberation" || !matters.has("taux")) return;
    if (act.date && act.date.iso.slice(5) > "04-15")
      report({ messageId: "late", data: { date: formatDateFr(act.date.iso) }, at: at(act.date) });
    reportObsolete(subject, date, ["fiscalite"], report);
  },
});
