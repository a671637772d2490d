import { defineRule } from "../../rules";
import { isYearEnd, resultats } from "../figures";
import type { BudgetSubject } from "../subject";
import { euros } from "../rule-support/support";

/**
 * R2311-11: results of the year. The computable part: 001 and 002 are carried over, not executed, so their
 * realisation equals their credits; then the results themselves are given for the affectation.
 */
export default defineRule({
  meta: {
    id: "BUD-RES-01",
    severity: "error",
    title: "Calcul des résultats de l'exercice",
    ref: "CGCT L2311-5, R2311-11",
    verification: "V",
    messages: {
      report:
        "Le report {chapitre} est réalisé pour {realise} alors que {credits} sont ouverts : un report n'est pas exécuté, sa réalisation est égale à la prévision.",
      results:
        "Résultat de fonctionnement cumulé : {fonctionnement} ; solde d'exécution d'investissement cumulé : {investissement} ; restes à réaliser : dépenses {rarD}, recettes {rarR}.",
      noData: "Résultats de l'exercice non calculés : le document ne donne pas les réalisations.",
    },
    note: "Catalogue RES-01 ; les résultats calculés sont à rapprocher de ceux du compte de gestion (BUD-RES-04).",
  },
  check(subject: BudgetSubject, context) {
    if (!isYearEnd(subject.document)) return;
    const { index } = subject;
    if (!index.has("realise")) {
      context.report({ messageId: "noData", severity: "info" });
      return;
    }
    for (const [sens, chapitre, section] of [
      ["R", "002", "F"],
      ["D", "002", "F"],
      ["R", "001", "I"],
      ["D", "001", "I"],
    ] as const) {
      const credits = index.chapitre("credits", sens, chapitre);
      const realise = index.chapitre("realise", sens, chapitre);
      if (credits !== realise)
        context.report({
          messageId: "report",
          data: { chapitre: `${sens}${chapitre}`, credits: euros(credits), realise: euros(realise) },
          at: { section, sens, chapitre },
        });
    }
    const r = resultats(index);
    context.report({
      messageId: "results",
      severity: "info",
      data: {
        fonctionnement: euros(r.fonctionnement),
        investissement: euros(r.investissement),
        rarD: euros(r.rarDepenses),
        rarR: euros(r.rarRecettes),
      },
    });
  },
});
