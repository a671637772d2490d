import { addDays, formatDateFr } from "../../common";
import { convocationDelay, seanceEvidence } from "../evidence";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-002",
    severity: "error",
    title: "Première réunion après le renouvellement général",
    ref: "CGCT L2121-7",
    verification: "V2015",
    messages: {
      window:
        "La première réunion du {date} devait se tenir entre le vendredi {from} et le dimanche {to} suivant le scrutin.",
      delay:
        "Première réunion : convocation envoyée le {sent}, {days} avant la séance ; 3 jours francs requis dans toutes les communes.",
    },
  },
  check(subject, { report }) {
    const { seance } = subject;
    if (seance.firstMeetingAfterElection !== true) return;
    if (seance.electionDate) {
      const from = addDays(seance.electionDate, 5);
      const to = addDays(seance.electionDate, 7);
      if (seance.date < from || seance.date > to) {
        report({
          messageId: "window",
          data: { date: formatDateFr(seance.date), from: formatDateFr(from), to: formatDateFr(to) },
          at: { path: "date" },
        });
      }
    }
    const delay = convocationDelay(seanceEvidence(subject));
    if (delay && delay.ref === "CGCT L2121-7" && delay.days < delay.required)
      report({ messageId: "delay", data: delay.data, at: { path: "convocation.sentOn" } });
  },
});
