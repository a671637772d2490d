import { defineActRule, reportObsolete } from "../rule-support/support";

const CONTENT: readonly (readonly [string, RegExp])[] = [
  ["grade ou cadre d'emplois", /\bgrades?\b|cadre d'emplois/],
  ["catégorie", /categorie [abc]\b/],
  [
    "durée hebdomadaire",
    /heures? hebdomadaires?|h ?\/ ?semaine|heures? par semaine|temps complet|temps non complet|\/ ?35(?:e|eme)?s?\b/,
  ],
];

export default defineActRule({
  meta: {
    id: "DEL-021",
    severity: "warning",
    title: "Création ou modification d'emploi",
    ref: "CGFP L313-1",
    verification: "D",
    messages: {
      content: "Création d'emploi à compléter : {parts}.",
      obsolete: "« {match} » : {reason} ; citer plutôt {replacement}.",
    },
    note: "Les lois n° 83-634 et 84-53 ne sont signalées qu'à partir du 1er mars 2022 (entrée en vigueur du code général de la fonction publique).",
  },
  check(subject, { date, report }) {
    const { act, matters } = subject;
    if (act.kind !== "deliberation") return;
    if (matters.has("creation-emploi")) {
      const parts = CONTENT.filter(([, pattern]) => !pattern.test(act.folded)).map(([label]) => label);
      if (parts.length > 0) report({ messageId: "content", data: { parts: parts.join(", ") } });
    }
    reportObsolete(subject, date, ["personnel"], report);
  },
});
