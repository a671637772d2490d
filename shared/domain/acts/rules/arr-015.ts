import { at, defineActRule, find } from "../rule-support/support";

const GENERAL =
  /(?:l'ensemble|la totalite) des (?:attributions|affaires|domaines|matieres|competences)|toutes les (?:affaires|attributions|matieres|competences)|delegation generale|de maniere generale/;
const DOMAIN =
  /domaines? (?:suivants?|de|des|du)|en matiere d[e']|dans le(?:s)? domaines?|pour les affaires|relatives? a|concernant/;

export default defineActRule({
  meta: {
    id: "ARR-015",
    severity: "error",
    title: "Délégation de fonction aux élus",
    ref: "CGCT L2122-18",
    verification: "V2015",
    messages: {
      general: "Délégation générale : le domaine délégué doit être défini avec précision.",
      domain: "Domaine de la délégation à préciser (« dans le domaine de … »).",
    },
  },
  check({ act, matters }, { report }) {
    if (act.kind !== "arrete" || !matters.has("delegation-fonction")) return;
    const general = find(act, GENERAL);
    if (general) report({ messageId: "general", at: at(general) });
    else if (!DOMAIN.test(act.articles.map((a) => act.folded.slice(a.start, a.end)).join("\n")))
      report({ messageId: "domain", severity: "warning" });
  },
});
