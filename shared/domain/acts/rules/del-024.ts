import { taxRatesDeadline } from "../../calendar";
import { formatDateFr } from "../../common";
import { at, defineActRule, reportObsolete } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "DEL-024",
    severity: "warning",
    title: "Vote des taux d'imposition",
    ref: "CGI 1639 A",
    verification: "D",
    messages: {
      late: "Taux votés le {date}, après la date limite du {limite} (15 avril, 30 avril l'année du renouvellement du conseil).",
      obsolete: "« {match} » : {reason} ; voter plutôt {replacement}.",
    },
  },
  check(subject, { date, report }) {
    const { act, matters } = subject;
    if (act.kind !== "deliberation" || !matters.has("taux")) return;
    const limite = act.date ? taxRatesDeadline(Number(act.date.iso.slice(0, 4))).due : undefined;
    if (act.date && limite !== undefined && act.date.iso > limite)
      report({
        messageId: "late",
        data: { date: formatDateFr(act.date.iso), limite: formatDateFr(limite) },
        at: at(act.date),
      });
    reportObsolete(subject, date, ["fiscalite"], report);
  },
});
