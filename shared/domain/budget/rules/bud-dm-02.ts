import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { SECTION_FR } from "../rule-support/support";

/** After the DM, the cumulated budget (budget précédent + movements) is still balanced in each section. */
export default defineRule({
  meta: {
    id: "BUD-DM-02",
    severity: "error",
    title: "Budget cumulé en équilibre après la décision modificative",
    ref: "CGCT L1612-4, L1612-5",
    verification: "V",
    messages: {
      unbalanced:
        "Après la décision modificative, la section {section} du budget cumulé est en déséquilibre : dépenses {d}, recettes {r}.",
      virement: "Après la décision modificative, le virement n'est plus symétrique : D023 = {d}, R021 = {r}.",
      noData:
        "Équilibre du budget cumulé non vérifié : la décision modificative ne donne pas le budget précédent (MtBudgPrec).",
    },
    note: "Catalogue DM-02 ; revérifie l'équilibre des sections et le virement sur le cumul, pas l'équilibre réel complet.",
  },
  check(subject: BudgetSubject, context) {
    if (subject.document.type !== "DM") return;
    const { index } = subject;
    if (!index.has("budgetPrecedent")) {
      context.report({ messageId: "noData", severity: "info" });
      return;
    }
    const cumul = (filter: Parameters<typeof index.sum>[1]) =>
      index.sum("budgetPrecedent", filter) + index.sum("credits", filter);
    for (const section of ["F", "I"] as const) {
      const d = cumul({ section, sens: "D" });
      const r = cumul({ section, sens: "R" });
      if (r < d)
        context.report({
          messageId: "unbalanced",
          data: { section: SECTION_FR[section], d: formatMoney(d), r: formatMoney(r) },
          at: { section },
        });
    }
    const d023 = cumul({ sens: "D", chapitres: ["023"] });
    const r021 = cumul({ sens: "R", chapitres: ["021"] });
    if (d023 !== r021)
      context.report({
        messageId: "virement",
        data: { d: formatMoney(d023), r: formatMoney(r021) },
        at: { section: "F", sens: "D", chapitre: "023" },
      });
  },
});
