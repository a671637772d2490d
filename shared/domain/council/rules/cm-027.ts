import { effectifLegal, maxAdjoints } from "../../common";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-027",
    severity: "error",
    title: "Nombre maximal d'adjoints",
    ref: "CGCT L2122-2",
    verification: "M",
    messages: {
      tooMany:
        "{adjoints} adjoints pour un effectif légal de {effectif} : 30 % au plus, soit {max} (art. L2122-2, texte à vérifier).",
    },
  },
  check({ seance }, { report }) {
    const adjoints = seance.commune?.adjoints;
    const population = seance.commune?.population;
    if (adjoints === undefined || population === undefined || seance.commune?.communeNouvelleTransitoire === true)
      return;
    const effectif = effectifLegal(population);
    const max = maxAdjoints(effectif);
    if (adjoints > max)
      report({ messageId: "tooMany", data: { adjoints, effectif, max }, at: { path: "commune.adjoints" } });
  },
});
