import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { depensesReelles } from "../figures";
import { percentOf } from "../../common/money";
import type { BudgetSubject } from "../subject";
import { isM57 } from "../rule-support/m57";
import { appliesTo } from "../rule-support/support";

/** 2 % of the section's dépenses réelles: ceiling of the AP (020) and AE (022) de dépenses imprévues. */
const CEILING_PER_THOUSAND = 20;

export default defineRule({
  meta: {
    id: "BUD-M57-02",
    severity: "error",
    title: "Dépenses imprévues en M57 : autorisations sans crédits de paiement",
    ref: "CGCT L5217-12-2",
    verification: "V",
    messages: {
      credits:
        "Crédits de paiement inscrits au chapitre {chapitre} ({montant}) : en M57, les dépenses imprévues ne sont votées qu'en autorisations (AP/AE), sans crédits.",
      ceiling:
        "Autorisation de dépenses imprévues en {section} ({montant}) supérieure à 2 % des dépenses réelles de la section ({plafond}).",
    },
    note: "Catalogue M57-02 (article cité L5217-12-3 dans la version consolidée de 2015).",
  },
  check(subject: BudgetSubject, context) {
    if (!appliesTo(subject, ["BP", "BS", "DM"]) || !isM57(subject.document)) return;
    const { index, document } = subject;
    for (const [chapitre, section] of [
      ["020", "I"],
      ["022", "F"],
    ] as const) {
      const montant = index.chapitre("credits", "D", chapitre);
      if (montant !== 0)
        context.report({
          messageId: "credits",
          data: { chapitre, montant: formatMoney(montant) },
          at: { section, sens: "D", chapitre },
        });
    }
    const imprevues = document.facts.depensesImprevues;
    const limits = [
      ["investissement", "I", imprevues?.ap],
      ["fonctionnement", "F", imprevues?.ae],
    ] as const;
    for (const [label, section, montant] of limits) {
      if (montant === undefined) continue;
      const plafond = percentOf(depensesReelles(index, "credits", section), CEILING_PER_THOUSAND);
      if (montant > plafond)
        context.report({
          messageId: "ceiling",
          data: { section: label, montant: formatMoney(montant), plafond: formatMoney(plafond) },
          at: { section },
        });
    }
  },
});
