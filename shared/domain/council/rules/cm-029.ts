import { addMonths, reglementInterieurThreshold } from "../../common";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-029",
    severity: "info",
    title: "Règlement intérieur et questions orales",
    ref: "CGCT L2121-8, L2121-19",
    verification: "V",
    messages: {
      ri: "Communes de {threshold} habitants et plus : le règlement intérieur est établi dans les six mois de l'installation (le précédent continue de s'appliquer).",
      questions:
        "Sans règlement intérieur, une délibération doit fixer la fréquence et les règles des questions orales.",
    },
  },
  check({ seance }, { report, date }) {
    const commune = seance.commune;
    if (!commune || commune.population === undefined || commune.reglementInterieur !== false) return;
    const threshold = reglementInterieurThreshold(date);
    if (commune.population >= threshold) {
      if (commune.installationDate && seance.date > addMonths(commune.installationDate, 6)) {
        report({ messageId: "ri", data: { threshold }, at: { path: "commune.reglementInterieur" } });
      }
    } else if (commune.questionsOralesDeliberation === false) {
      report({ messageId: "questions", at: { path: "commune.questionsOralesDeliberation" } });
    }
  },
});
