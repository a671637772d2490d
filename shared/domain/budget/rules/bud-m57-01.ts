import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { depensesReelles } from "../figures";
import { percentOf } from "../../common/money";
import type { BudgetSubject } from "../subject";
import { isM57 } from "../rule-support/m57";
import { SECTION_FR } from "../rule-support/support";

/** Legal ceiling of the fongibilité delegation: 7,5 % of the section's dépenses réelles. */
const CEILING_PER_THOUSAND = 75;

export default defineRule({
  meta: {
    id: "BUD-M57-01",
    severity: "error",
    title: "Virements de crédits de l'exécutif dans la limite de la fongibilité",
    ref: "CGCT L5217-10-6",
    verification: "V",
    messages: {
      notM57:
        "Virement de chapitre à chapitre par l'exécutif déclaré alors que le budget n'est pas en M57 : la fongibilité des crédits n'existe qu'en M57.",
      personnel:
        "Virement de {montant} touchant le chapitre 012 : les dépenses de personnel sont exclues de la fongibilité.",
      betweenSections:
        "Virement de {montant} du chapitre {depuis} au chapitre {vers} : un virement de l'exécutif ne peut pas changer de section.",
      ceiling:
        "Virements de l'exécutif dans la section {section} : {total}, au-delà de la limite de {taux} % des dépenses réelles de la section ({plafond}).",
    },
    note: "Catalogue M57-01 ; ne s'applique que si le document déclare des virements de l'exécutif.",
  },
  check(subject: BudgetSubject, context) {
    const { document, index } = subject;
    const virements = document.facts.virements ?? [];
    if (virements.length === 0) return;
    if (!isM57(document)) {
      context.report({ messageId: "notM57" });
      return;
    }
    const rate = Math.min(document.facts.tauxFongibilite ?? CEILING_PER_THOUSAND, CEILING_PER_THOUSAND);
    const totals = { F: 0, I: 0 };
    for (const v of virements) {
      const data = { montant: formatMoney(v.montant), depuis: v.depuis, vers: v.vers };
      if (v.depuis === "012" || v.vers === "012")
        context.report({ messageId: "personnel", data, at: { section: v.section, chapitre: "012" } });
      if (v.sectionVers !== undefined && v.sectionVers !== v.section)
        context.report({ messageId: "betweenSections", data, at: { section: v.section, chapitre: v.depuis } });
      totals[v.section] += Math.abs(v.montant);
    }
    for (const section of ["F", "I"] as const) {
      const plafond = percentOf(depensesReelles(index, "credits", section), rate);
      if (totals[section] > plafond) {
        context.report({
          messageId: "ceiling",
          data: {
            section: SECTION_FR[section],
            total: formatMoney(totals[section]),
            taux: String(rate / 10).replace(".", ","),
            plafond: formatMoney(plafond),
          },
          at: { section },
        });
      }
    }
  },
});
