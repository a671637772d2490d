import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { checkSectionBalance, SECTION_MESSAGES } from "../rule-support/section-balance";

export default defineRule<BudgetSubject, keyof typeof SECTION_MESSAGES>({
  meta: {
    id: "BUD-EQ-SECT-I",
    severity: "error",
    title: "Section d'investissement votée en équilibre",
    ref: "CGCT L1612-4, L1612-7",
    verification: "V",
    messages: SECTION_MESSAGES,
    note: "Catalogue EQ-02 ; 001, RAR repris, 021, 024, 040 et 041 inclus.",
  },
  check: (subject, context) => checkSectionBalance("I", subject, context),
});
