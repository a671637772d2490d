import { unknownCodes } from "../french-codes";
import { at, defineActRule, OBSOLETE_MESSAGE, reportObsolete } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "ARR-003",
    severity: "warning",
    title: "Visas de l'arrêté",
    ref: "doctrine, visas en vigueur",
    verification: "D",
    messages: {
      missing:
        "Visas à compléter : le fondement de la compétence du maire (CGCT), les codes spéciaux, la demande, les avis obligatoires.",
      obsolete: OBSOLETE_MESSAGE,
      unknownCode: "« {text} » : ce code n'existe pas dans le droit français ; vérifier le texte visé.",
    },
    note: "Un article d'une autre autorité (L3221-3, L3221-4) ou un code abrogé est signalé en erreur : il révèle une incompétence ou une base légale erronée.",
  },
  check(subject, { date, report }) {
    if (subject.act.kind !== "arrete") return;
    if (subject.act.visas.length === 0) report({ messageId: "missing" });
    for (const code of unknownCodes(subject.act))
      report({ messageId: "unknownCode", data: { text: code.text }, at: at(code) });
    reportObsolete(subject, date, ["visa", "vocabulaire", "personnel"], report);
  },
});
