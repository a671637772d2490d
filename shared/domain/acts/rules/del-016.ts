import { formatDateFr } from "../../common";
import { at, defineActRule, effectDates } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "DEL-016",
    severity: "error",
    title: "Transmission au représentant de l'État",
    ref: "CGCT L2131-2",
    verification: "V2015",
    messages: {
      missing: "Transmission en préfecture à compléter : la délibération n'est exécutoire qu'après sa transmission.",
      before:
        "La délibération s'applique à compter du {effect}, avant sa transmission en préfecture le {sent} : elle n'était pas exécutoire.",
    },
    note: "Les matières non transmissibles (L2131-2 1° a et b : droits de voirie et de stationnement, voies communales, avancement de grade, centre de gestion) sont reconnues dans l'objet.",
  },
  check({ act, matters }, { report }) {
    if (act.kind !== "deliberation" || matters.has("non-transmissible")) return;
    const transmission = act.mentions.transmission;
    if (!transmission) {
      report({ messageId: "missing", severity: "warning" });
      return;
    }
    if (!transmission.iso) return;
    const sent = transmission.iso;
    const early = effectDates(act).find((d) => d.iso < sent && (!act.date || d.iso >= act.date.iso));
    if (early)
      report({
        messageId: "before",
        data: { effect: formatDateFr(early.iso), sent: formatDateFr(sent) },
        at: at(early),
      });
  },
});
