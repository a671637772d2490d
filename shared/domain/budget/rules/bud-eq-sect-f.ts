import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { checkSectionBalance, SECTION_MESSAGES } from "../rule-support/section-balance";

export default defineRule<BudgetSubject, keyof typeof SECTION_MESSAGES>({
  meta: {
    id: "BUD-EQ-SECT-F",
    severity: "error",
    title: "Section de fonctionnement votée en équilibre",
    ref: "CGCT L1612-4, L1612-6, L1612-7",
    verification: "V",
    messages: SECTION_MESSAGES,
    note: "Catalogue EQ-01 ; 002, 023, 042 et 043 inclus ; sur une DM, porte sur les mouvements de la DM.",
  },
  check: (subject, context) => checkSectionBalance("F", subject, context),
});
