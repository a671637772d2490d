import { defineActRule } from "../rule-support/support";

const EXECUTION = /charge(?:e|s|es)? de l'execution|charge(?:e)? d'executer|execution de la presente/;

export default defineActRule({
  meta: {
    id: "DEL-010",
    severity: "info",
    title: "Formule délibérative et dispositif",
    ref: "CGCT L2122-21",
    verification: "D",
    messages: {
      dispositif:
        "Formule délibérative à compléter : « Le conseil municipal, après en avoir délibéré, DÉCIDE : » suivi d'articles numérotés.",
      articles:
        "Dispositif sans articles numérotés (« Article 1er », « Article 2 »…) : une décision par article facilite l'exécution.",
      execution: "Dernier article à ajouter : le maire est chargé de l'exécution de la délibération.",
    },
  },
  check({ act }, { report }) {
    if (act.kind !== "deliberation") return;
    if (!act.dispositif) {
      report({ messageId: "dispositif" });
      return;
    }
    if (act.articles.length === 0) report({ messageId: "articles" });
    if (!EXECUTION.test(act.folded)) report({ messageId: "execution" });
  },
});
