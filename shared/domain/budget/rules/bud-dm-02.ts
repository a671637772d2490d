import { formatMoney } from "../../common/money";
import { defineRule } from "../../rules";
import type { Filter } from "../budget-index";
import type { Sens } from "../model";
import type { BudgetSubject } from "../subject";
import { budgetModifieFr } from "../rule-support/dm-support";
import { SECTION_FR } from "../rule-support/support";

/**
 * After the DM, the cumulated budget (budget précédent + movements) is still balanced in each section. The budget
 * précédent is the budget modified when it is given beside the DM (--precedent), else the DM's own MtBudgPrec.
 */
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
        "Équilibre du budget cumulé non vérifié : la décision modificative ne donne pas le budget précédent (MtBudgPrec) et le budget qu'elle modifie n'est pas fourni (--precedent).",
      checked:
        "Budget cumulé en équilibre après la décision modificative, sur {budget} et les mouvements de la décision (vérifié sur les deux documents).",
    },
    note: "Catalogue DM-02 ; revérifie l'équilibre des sections et le virement sur le cumul, pas l'équilibre réel complet.",
  },
  check(subject: BudgetSubject, context) {
    if (subject.document.type !== "DM") return;
    const { index, document } = subject;
    const modifie = document.facts.budgetModifie;
    if (!modifie && !index.has("budgetPrecedent")) {
      context.report({ messageId: "noData", severity: "info" });
      return;
    }
    const before = (sens: Sens, filter: { section?: "F" | "I"; chapitre?: string }) =>
      modifie
        ? modifie.chapitres
            .filter(
              (c) =>
                c.sens === sens &&
                (filter.section === undefined || c.section === filter.section) &&
                (filter.chapitre === undefined || c.chapitre === filter.chapitre),
            )
            .reduce((total, c) => total + c.credits, 0)
        : index.sum("budgetPrecedent", toFilter(sens, filter));
    const cumul = (sens: Sens, filter: { section?: "F" | "I"; chapitre?: string }) =>
      before(sens, filter) + index.sum("credits", toFilter(sens, filter));
    let balanced = true;
    for (const section of ["F", "I"] as const) {
      const d = cumul("D", { section });
      const r = cumul("R", { section });
      if (r >= d) continue;
      balanced = false;
      context.report({
        messageId: "unbalanced",
        data: { section: SECTION_FR[section], d: formatMoney(d), r: formatMoney(r) },
        at: { section },
      });
    }
    const d023 = cumul("D", { chapitre: "023" });
    const r021 = cumul("R", { chapitre: "021" });
    if (d023 !== r021) {
      balanced = false;
      context.report({
        messageId: "virement",
        data: { d: formatMoney(d023), r: formatMoney(r021) },
        at: { section: "F", sens: "D", chapitre: "023" },
      });
    }
    if (balanced && modifie)
      context.report({ messageId: "checked", severity: "info", data: { budget: budgetModifieFr(modifie) } });
  },
});

function toFilter(sens: Sens, filter: { section?: "F" | "I"; chapitre?: string }): Filter {
  return {
    sens,
    ...(filter.section ? { section: filter.section } : {}),
    ...(filter.chapitre ? { chapitres: [filter.chapitre] } : {}),
  };
}
