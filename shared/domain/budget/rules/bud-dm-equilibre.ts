import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import { sectionTotal } from "../figures";
import type { BudgetSubject } from "../subject";
import { SECTION_FR } from "../rule-support/support";

/** The movements of a DM balance within each section, ordre included (Crach DM2 2021: −1 595 on 65, +1 595 on 014). */
export default defineRule({
  meta: {
    id: "BUD-DM-EQUILIBRE",
    severity: "error",
    title: "Décision modificative équilibrée dans chaque section",
    ref: "CGCT L1612-4",
    verification: "data",
    messages: {
      unbalanced:
        "Mouvements de la décision modificative non équilibrés dans la section {section} : dépenses {d}, recettes {r} (écart {ecart}).",
    },
    note: "Catalogue DM-01 ; les paires d'ordre de la DM sont vérifiées par les règles BUD-ORD-*.",
  },
  check(subject: BudgetSubject, context) {
    if (subject.document.type !== "DM") return;
    for (const section of ["F", "I"] as const) {
      const d = sectionTotal(subject.index, "credits", section, "D");
      const r = sectionTotal(subject.index, "credits", section, "R");
      if (d !== r)
        context.report({
          messageId: "unbalanced",
          data: {
            section: SECTION_FR[section],
            d: formatMoney(d),
            r: formatMoney(r),
            ecart: formatMoney(Math.abs(d - r)),
          },
          at: { section },
        });
    }
  },
});
