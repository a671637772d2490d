import { defineRule } from "../../rules";
import { resultats } from "../figures";
import type { BudgetSubject } from "../subject";
import { euros } from "../rule-support/support";

/** L1612-12: the CA's results equal the comptable's compte de gestion (a CFU merges both, so it is not checked). */
export default defineRule({
  meta: {
    id: "BUD-RES-04",
    severity: "error",
    title: "Concordance du compte administratif avec le compte de gestion",
    ref: "CGCT L1612-12",
    verification: "V",
    messages: {
      mismatch: "Résultat {section} du compte administratif ({ca}) différent de celui du compte de gestion ({cg}).",
      noData: "Concordance avec le compte de gestion non vérifiée : résultats du compte de gestion non fournis.",
    },
    note: "Catalogue RES-04.",
  },
  check(subject: BudgetSubject, context) {
    if (subject.document.type !== "CA") return;
    const cg = subject.document.facts.compteDeGestion;
    if (!cg || !subject.index.has("realise")) {
      context.report({ messageId: "noData", severity: "info" });
      return;
    }
    const r = resultats(subject.index);
    if (r.fonctionnement !== cg.fonctionnement)
      context.report({
        messageId: "mismatch",
        data: { section: "de fonctionnement", ca: euros(r.fonctionnement), cg: euros(cg.fonctionnement) },
        at: { section: "F" },
      });
    if (r.investissement !== cg.investissement)
      context.report({
        messageId: "mismatch",
        data: { section: "d'investissement", ca: euros(r.investissement), cg: euros(cg.investissement) },
        at: { section: "I" },
      });
  },
});
