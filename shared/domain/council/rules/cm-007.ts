import { isAlsaceMoselle, SEUIL_3500 } from "../../common";
import { convocationDelay, defineCouncilRule, located } from "../evidence";

export default defineCouncilRule({
  meta: {
    id: "CM-007",
    severity: "error",
    title: "Délai de convocation et note de synthèse des communes de 3 500 habitants et plus",
    ref: "CGCT L2121-12",
    verification: "V2015",
    messages: {
      late: "{convocation} {sent} pour la séance du {date} : {days}, {required} requis ({ref}envoi au plus tard le {latest}). {exposed}",
      noNote: "Aucune note explicative de synthèse n'a été adressée avec la convocation (formalité substantielle).",
      noteUnknown: "À compléter : indiquer si la note explicative de synthèse a été jointe à la convocation.",
      populationUnknown:
        "Population inconnue : {days} suffisent sous 3 500 habitants mais pas au-delà (5 requis) ; indiquer la population.",
    },
    note: "En Alsace-Moselle, le délai est celui de L2541-2 (CM-009) mais la note de synthèse reste due : L2541-1 n'écarte pas L2121-12.",
  },
  check(evidence, { report }) {
    const { convocation, population } = evidence;
    if (!convocation) return;
    // L2541-1 sets aside L2121-11 but not L2121-12: in Alsace-Moselle the note applies, the delay is L2541-2's.
    const delay =
      isAlsaceMoselle(evidence.departement) || convocation.urgence || evidence.firstMeetingAfterElection
        ? undefined
        : convocationDelay(evidence);
    const sent = convocation.sentOn;
    const at = sent?.at ? { at: sent.at } : {};
    if (population === undefined) {
      if (delay && delay.days >= 3 && delay.days < 5)
        report({ messageId: "populationUnknown", severity: "info", data: delay.data, ...at });
      return;
    }
    if (population < SEUIL_3500) return;
    if (delay && delay.days < delay.required) report({ messageId: "late", data: delay.data, ...located(sent) });
    if (convocation.noteDeSynthese === false)
      report({ messageId: "noNote", at: { path: "convocation.noteDeSynthese" } });
    // A séance's record must say whether the note was sent; an act that does not mention it is only reminded.
    if (convocation.noteDeSynthese === undefined)
      report({
        messageId: "noteUnknown",
        severity: evidence.scope === "seance" ? "warning" : "info",
        ...(evidence.scope === "seance" ? { at: { path: "convocation" } } : {}),
      });
  },
});
