import { formatDateFr, weekday } from "../../common";
import { at, defineActRule, evidenceOf, missingLabels } from "../rule-support/support";

const WEEKDAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"] as const;
const WEEKDAY_BEFORE = /\b(dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)\s*,?\s*(?:le\s*)?$/;

export default defineActRule({
  meta: {
    id: "DEL-001",
    severity: "warning",
    title: "Identification de la séance et de la commune",
    ref: "CGCT R2121-9",
    verification: "V",
    messages: {
      missing: "Identification de la séance à compléter : {parts}.",
      weekday: "Le {date} était un {actual}, pas un {written} : vérifier la date de la séance.",
      title: "Le titre annonce la séance du {title}, le corps de l'acte celle du {date} : l'une des deux est fausse.",
    },
  },
  check({ act }, { report }) {
    if (act.kind !== "deliberation") return;
    const parts = missingLabels(act, ["commune", "date", "heure", "lieu", "president"]);
    if (parts) report({ messageId: "missing", data: { parts } });
    const date = act.date;
    if (!date) return;
    const written = WEEKDAY_BEFORE.exec(act.folded.slice(Math.max(0, date.start - 14), date.start))?.[1];
    const actual = WEEKDAYS[weekday(date.iso)];
    if (written && actual && written !== actual)
      report({
        messageId: "weekday",
        data: { date: formatDateFr(date.iso), actual, written },
        at: at(date),
        evidence: evidenceOf(act, date),
      });
    if (act.titleDate)
      report({
        messageId: "title",
        data: { title: formatDateFr(act.titleDate.iso), date: formatDateFr(date.iso) },
        at: at(act.titleDate),
        evidence: evidenceOf(act, act.titleDate),
      });
  },
});
