import { defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "ARR-005",
    severity: "info",
    title: "Dispositif « ARRÊTE » et articles numérotés",
    ref: "pratique rédactionnelle",
    verification: "D",
    messages: {
      dispositif: "Mot « ARRÊTE : » à ajouter avant les articles du dispositif.",
      articles: "Dispositif à rédiger en articles numérotés (« Article 1er », « Article 2 »…).",
    },
  },
  check({ act }, { report }) {
    if (act.kind !== "arrete") return;
    if (!act.dispositif) report({ messageId: "dispositif" });
    if (act.articles.length === 0) report({ messageId: "articles" });
  },
});
