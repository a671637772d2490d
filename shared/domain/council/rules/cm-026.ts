import { effectifLegal } from "../../common";
import { includesName } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-026",
    severity: "warning",
    title: "Effectif légal et membres en exercice",
    ref: "CGCT L2121-2",
    verification: "V2015",
    messages: {
      tooMany:
        "{enExercice} membres en exercice pour un effectif légal de {effectif} ({population} habitants, art. L2121-2).",
      listSize: "La liste des membres compte {listed} noms pour {enExercice} membres en exercice annoncés.",
      stranger: "{name} figure parmi les présents sans être membre en exercice du conseil.",
      crowd: "{presents} présents pour {enExercice} membres en exercice.",
    },
    note: "Un conseil incomplet (démissions, loi 2025-444) est normal : seul l'excès est signalé.",
  },
  check({ seance }, { report }) {
    const population = seance.commune?.population;
    if (population !== undefined && seance.commune?.communeNouvelleTransitoire !== true) {
      const effectif = effectifLegal(population);
      if (seance.enExercice > effectif)
        report({
          messageId: "tooMany",
          data: { enExercice: seance.enExercice, effectif, population },
          at: { path: "enExercice" },
        });
    }
    if (seance.presents.length > seance.enExercice) {
      report({
        messageId: "crowd",
        data: { presents: seance.presents.length, enExercice: seance.enExercice },
        at: { path: "presents" },
      });
    }
    const members = seance.members;
    if (!members) return;
    if (members.length !== seance.enExercice)
      report({
        messageId: "listSize",
        data: { listed: members.length, enExercice: seance.enExercice },
        at: { path: "members" },
      });
    seance.presents.forEach((name, i) => {
      if (!includesName(members, name))
        report({ messageId: "stranger", data: { name }, at: { path: `presents[${i}]` } });
    });
  },
});
