import { SEUIL_3500 } from "../../common";
import { alsaceMoselle, population } from "../attendance";
import { convocationDelay, SENT_AT } from "./delay";
import { defineSeanceRule } from "./support";

export default defineSeanceRule({
  meta: {
    id: "CM-007",
    severity: "error",
    title: "Délai de convocation et note de synthèse des communes de 3 500 habitants et plus",
    ref: "CGCT L2121-12",
    verification: "V2015",
    messages: {
      late: "Convocation envoyée le {sent} pour la séance du {date} : {days} jour(s) franc(s), 5 requis dans les communes de 3 500 habitants et plus (envoi au plus tard le {latest}).",
      noNote: "Aucune note explicative de synthèse n'a été adressée avec la convocation (formalité substantielle).",
      noteUnknown: "À compléter : indiquer si la note explicative de synthèse a été jointe à la convocation.",
      populationUnknown:
        "Population inconnue : {days} jours francs suffisent sous 3 500 habitants mais pas au-delà (5 requis) ; indiquer la population.",
    },
    note: "En Alsace-Moselle, le délai est celui de L2541-2 (CM-009) mais la note de synthèse reste due : L2541-1 n'écarte pas L2121-12.",
  },
  check({ seance }, { report }) {
    const convocation = seance.convocation;
    if (!convocation) return;
    const pop = population(seance);
    // L2541-1 sets aside L2121-11 but not L2121-12: in Alsace-Moselle the note applies, the delay is L2541-2's.
    const delay =
      alsaceMoselle(seance) || convocation.urgence || seance.firstMeetingAfterElection
        ? undefined
        : convocationDelay(seance);
    if (pop === undefined) {
      if (delay && delay.days >= 3 && delay.days < 5)
        report({ messageId: "populationUnknown", severity: "info", data: delay.data, at: SENT_AT });
      return;
    }
    if (pop < SEUIL_3500) return;
    if (delay && delay.days < delay.required) report({ messageId: "late", data: delay.data, at: SENT_AT });
    if (convocation.noteDeSynthese === false)
      report({ messageId: "noNote", at: { path: "convocation.noteDeSynthese" } });
    if (convocation.noteDeSynthese === undefined)
      report({ messageId: "noteUnknown", severity: "warning", at: { path: "convocation" } });
  },
});
