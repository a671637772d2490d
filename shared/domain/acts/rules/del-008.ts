import { unknownCodes } from "../french-codes";
import { at, defineActRule, OBSOLETE_MESSAGE, reportObsolete } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "DEL-008",
    severity: "warning",
    title: "Visas exacts et en vigueur",
    ref: "doctrine, visas en vigueur",
    verification: "D",
    messages: {
      missing: "Visas à compléter : citer le fondement de la compétence (CGCT L2121-29) et les textes appliqués.",
      obsolete: OBSOLETE_MESSAGE,
      unknownCode: "« {text} » : ce code n'existe pas dans le droit français ; vérifier le texte visé.",
    },
    note: "Un visa d'un code abrogé ou d'un article d'une autre autorité est signalé en erreur : il révèle une base légale erronée.",
  },
  check(subject, { date, report }) {
    if (subject.act.kind !== "deliberation") return;
    if (subject.act.visas.length === 0) report({ messageId: "missing" });
    for (const code of unknownCodes(subject.act))
      report({ messageId: "unknownCode", data: { text: code.text }, at: at(code) });
    reportObsolete(subject, date, ["visa", "vocabulaire", "mise-en-securite", "boissons"], report);
  },
});
