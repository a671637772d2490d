import { SEUIL_3500 } from "../../common";
import { at, defineActRule, find } from "../rule-support/support";

const NOT_ELECTRONIC = /\baffichage\b|\bpapier\b/;
const ONLINE =
  /site internet|site de la commune|publiee? (?:sous forme )?electronique|publication electronique|mise? en ligne/;

export default defineActRule({
  meta: {
    id: "DEL-025",
    severity: "error",
    title: "Choix du mode de publicité des actes",
    ref: "CGCT L2131-1",
    verification: "V",
    effective: { from: "2022-07-01" },
    messages: {
      large:
        "Une commune de {population} habitants publie ses actes sous forme électronique : l'affichage ou le papier ne peuvent pas être choisis.",
      online:
        "La délibération qui choisit l'affichage ou le papier doit elle-même être publiée sous forme électronique (site de la commune ou de l'EPCI) : mention à compléter.",
    },
  },
  check({ act, matters, population }, { report }) {
    if (act.kind !== "deliberation" || !matters.has("publicite")) return;
    const decided = act.articles.map((a) => act.folded.slice(a.start, a.end)).join("\n") || act.folded;
    if (!NOT_ELECTRONIC.test(decided)) return;
    if (population !== undefined && population >= SEUIL_3500) {
      report({ messageId: "large", data: { population }, at: at(act.objet) });
      return;
    }
    if (!ONLINE.test(act.folded))
      report({ messageId: "online", severity: "warning", at: at(find(act, NOT_ELECTRONIC)) });
  },
});
