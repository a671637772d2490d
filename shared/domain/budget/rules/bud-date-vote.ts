import { isIsoDate } from "../../common/iso-date";
import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { DOCUMENT_FR, frenchDate } from "../rule-support/support";

/**
 * Dates no vote can bear: not in the calendar, a compte voted before its year ended, a budget voted more than a year
 * ahead or after its year, a décision modificative before the year it modifies.
 */
export default defineRule({
  meta: {
    id: "BUD-DATE-VOTE",
    severity: "error",
    title: "Date de vote possible pour le document",
    ref: "CGCT L1612-2, L1612-11, L1612-12",
    verification: "D",
    messages: {
      invalid: "Date de vote « {date} » : ce jour n'existe pas au calendrier.",
      compteTooEarly: "{document} {exercice} : vote du {date}, avant la clôture de l'exercice (31/12/{exercice}).",
      budgetOutside: "{document} {exercice} : vote du {date}, hors de la période possible ({debut} – {fin}).",
    },
    note: "Le dépassement des dates limites relève de BUD-CAL-01, BUD-CAL-03 et BUD-DM-03.",
  },
  check(subject: BudgetSubject, context) {
    const { dateVote, type, exercice } = subject.document;
    if (dateVote === undefined) return;
    if (!isIsoDate(dateVote)) {
      context.report({ messageId: "invalid", data: { date: dateVote } });
      return;
    }
    const label = DOCUMENT_FR[type];
    const data = { document: label.charAt(0).toUpperCase() + label.slice(1), exercice, date: frenchDate(dateVote) };
    // A CFU's DteDec is not the vote of the account (Mohon CFU 2023 carries 01/01/2023): only a CA's is checked.
    if (type === "CFU") return;
    if (type === "CA") {
      if (dateVote <= `${exercice}-12-31`) context.report({ messageId: "compteTooEarly", data });
      return;
    }
    // A BP may be voted during N-1, never after its own year; a DM or BS only once the year has begun (their
    // end, 21 January N+1, is BUD-DM-03's).
    const debut = type === "BP" ? `${exercice - 1}-01-01` : `${exercice}-01-01`;
    const fin = type === "BP" ? `${exercice}-12-31` : `${exercice + 1}-01-21`;
    if (dateVote < debut || (type === "BP" && dateVote > fin))
      context.report({ messageId: "budgetOutside", data: { ...data, debut: frenchDate(debut), fin: frenchDate(fin) } });
  },
});
