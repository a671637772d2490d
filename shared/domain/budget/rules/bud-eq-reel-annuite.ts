import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { annuite, isStockBudget, reprise } from "../figures";
import type { BudgetSubject } from "../subject";
import { appliesTo } from "../rule-support/support";

/**
 * L1612-4: the virement, own resources (10 hors 1068, 024) and amortissements (040) cover the capital repaid
 * (16 hors 165, 166, 16449, 1645, 1688, 169) — the TotEM formula (EQ-09). When results are taken over, or for a
 * lotissement/ZAC stock budget, the covering also counts 1068, 001, RAR and stock releases (EQ-10).
 */
export default defineRule({
  meta: {
    id: "BUD-EQ-REEL-ANNUITE",
    severity: "error",
    title: "Remboursement en capital de la dette couvert par des ressources propres",
    ref: "CGCT L1612-4",
    verification: "data",
    messages: {
      uncovered:
        "Équilibre réel non atteint : ressources propres {ressources} pour un remboursement en capital de {capital} (manque {manque}).",
      uncoveredWithResults:
        "Équilibre réel non atteint même après reprise des résultats : ressources {ressources} pour des besoins de {besoins} (manque {manque}).",
      coveredByResults:
        "Remboursement en capital ({capital}) couvert seulement grâce à la reprise des résultats ou aux sorties de stock (ressources propres de l'exercice : {ressources}).",
      noData: "Équilibre réel non vérifié : le document ne donne pas les crédits votés.",
    },
    note: "Catalogue EQ-09 et EQ-10 ; formule TotEM vérifiée sur le CFU de Mohon 2023.",
  },
  check(subject: BudgetSubject, context) {
    if (!appliesTo(subject, ["BP", "BS"])) return;
    if (!subject.index.has("credits")) {
      context.report({ messageId: "noData", severity: "info" });
      return;
    }
    const a = annuite(subject.index, "credits");
    const strict = a.ressourcesExternes + a.ressourcesInternes + a.cessions;
    const at = { section: "I", sens: "D", chapitre: "16" } as const;
    if (strict >= a.capital) return;
    if (!reprise(subject.index).repris && !isStockBudget(subject.document, subject.index)) {
      context.report({
        messageId: "uncovered",
        data: {
          ressources: formatMoney(strict),
          capital: formatMoney(a.capital),
          manque: formatMoney(a.capital - strict),
        },
        at,
      });
      return;
    }
    const ressources = strict + a.r1068 + a.r001 + a.rarRecettes + a.stocks;
    const besoins = a.capital + a.d001 + a.rarDepenses;
    if (ressources >= besoins) {
      context.report({
        messageId: "coveredByResults",
        data: { capital: formatMoney(a.capital), ressources: formatMoney(strict) },
        severity: "info",
        at,
      });
    } else {
      context.report({
        messageId: "uncoveredWithResults",
        data: {
          ressources: formatMoney(ressources),
          besoins: formatMoney(besoins),
          manque: formatMoney(besoins - ressources),
        },
        at,
      });
    }
  },
});
