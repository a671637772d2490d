import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { reprise } from "../figures";
import type { BudgetSubject } from "../subject";
import { appliesTo } from "../rule-support/support";

/** L2311-5: the results of the CA are taken over in full by the next budget decision. */
export default defineRule({
  meta: {
    id: "BUD-RES-03",
    severity: "error",
    title: "Reprise intégrale des résultats de l'exercice précédent",
    ref: "CGCT L2311-5",
    verification: "V",
    messages: {
      investissement:
        "Solde d'exécution repris au 001 : {repris}, alors que le compte de l'exercice précédent donne {attendu}.",
      fonctionnement:
        "Résultat de fonctionnement repris (002 + 1068) : {repris}, alors que le compte de l'exercice précédent donne {attendu}.",
      noData:
        "Reprise des résultats non vérifiée : le compte administratif de l'exercice précédent n'est pas fourni avec le budget.",
    },
    note: "Catalogue RES-03.",
  },
  check(subject: BudgetSubject, context) {
    if (!appliesTo(subject, ["BP", "BS", "DM"])) return;
    const r = reprise(subject.index);
    const precedents = subject.document.facts.resultatsPrecedents;
    if (!precedents) {
      if (r.repris || subject.document.type === "BS") context.report({ messageId: "noData", severity: "info" });
      return;
    }
    // A BP voted before the compte takes nothing over: the reprise then comes with the BS.
    if (!r.repris && subject.document.type === "BP") return;
    if (r.soldeI !== precedents.investissement) {
      context.report({
        messageId: "investissement",
        data: { repris: formatMoney(r.soldeI), attendu: formatMoney(precedents.investissement) },
        at: { section: "I", chapitre: "001" },
      });
    }
    if (r.resultatF !== precedents.fonctionnement) {
      context.report({
        messageId: "fonctionnement",
        data: { repris: formatMoney(r.resultatF), attendu: formatMoney(precedents.fonctionnement) },
        at: { section: "F", chapitre: "002" },
      });
    }
  },
});
