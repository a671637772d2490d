import { at, defineActRule, find } from "../rule-support/support";

const GENERAL =
  /delegation generale|(?:l'ensemble|la totalite) des (?:attributions|matieres|domaines|competences)|toutes les (?:attributions|matieres|competences)/;
const LIMITS = /\blimites?\b|plafond|montant|n'excedant pas|inferieure? a|dans les conditions (?:fixees|suivantes)/;

export default defineActRule({
  meta: {
    id: "DEL-022",
    severity: "warning",
    title: "Délégations du conseil au maire (L2122-22)",
    ref: "CGCT L2122-22",
    verification: "V2015",
    messages: {
      general:
        "Délégation générale : le conseil doit énumérer les attributions déléguées parmi celles de l'article L2122-22.",
      limits:
        "Délégations sans limites : fixer les limites ou conditions exigées (tarifs, emprunts, préemption, actions en justice, lignes de trésorerie…).",
    },
  },
  check({ act, matters }, { report }) {
    if (act.kind !== "deliberation" || !matters.has("delegation-conseil")) return;
    const general = find(act, GENERAL);
    if (general) report({ messageId: "general", at: at(general) });
    else if (!LIMITS.test(act.folded)) report({ messageId: "limits" });
  },
});
