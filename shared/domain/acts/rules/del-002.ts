import { formatDateFr } from "../../common";
import { at, defineActRule, evidenceOf } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "DEL-002",
    severity: "error",
    title: "Date de convocation (preuve du délai)",
    ref: "CGCT L2121-11",
    verification: "D",
    messages: {
      missing:
        "Date d'envoi de la convocation à compléter : sans elle, le préfet ne peut pas vérifier le délai de convocation.",
      incoherent: "La convocation est datée du {sent}, qui n'est pas antérieur à la séance du {date}.",
    },
    note: "Le délai lui-même est vérifié par CM-006, CM-007 et CM-008.",
  },
  check({ act }, { report }) {
    if (act.kind !== "deliberation") return;
    if (!act.convocation) {
      report({ messageId: "missing", severity: "info" });
      return;
    }
    if (act.date && act.convocation.iso >= act.date.iso) {
      report({
        messageId: "incoherent",
        data: { sent: formatDateFr(act.convocation.iso), date: formatDateFr(act.date.iso) },
        at: at(act.convocation),
        evidence: evidenceOf(act, act.convocation, act.date),
      });
    }
  },
});
