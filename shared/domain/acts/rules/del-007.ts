import { at, defineActRule } from "../rule-support/support";

const MISC = /questions? diverses|\bdivers\b|affaires diverses|urgence ou (?:les )?circonstances/;

export default defineActRule({
  meta: {
    id: "DEL-007",
    severity: "error",
    title: "Objet conforme à l'ordre du jour",
    ref: "CGCT L2121-10",
    verification: "V",
    messages: {
      misc: "La délibération décide sous l'objet « {objet} » : une décision ne peut être prise en « questions diverses », seulement sur un point inscrit à l'ordre du jour.",
    },
    note: "L'ordre du jour de la convocation n'est pas dans l'acte : seul l'objet « questions diverses » est vérifiable ici.",
  },
  check({ act }, { report }) {
    if (act.kind !== "deliberation" || !act.objet || !act.dispositif) return;
    if (MISC.test(act.folded.slice(act.objet.start, act.objet.end)))
      report({ messageId: "misc", data: { objet: act.objet.text }, at: at(act.objet) });
  },
});
