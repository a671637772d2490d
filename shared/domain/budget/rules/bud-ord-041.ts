import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { checkOrderPair, PAIR_MESSAGES, type PairMessage } from "../rule-support/order-pair";

export default defineRule<BudgetSubject, PairMessage>({
  meta: {
    id: "BUD-ORD-041",
    severity: "error",
    title: "Opérations patrimoniales : dépenses 041 = recettes 041",
    ref: "Instructions M57 et M14, opérations d'ordre budgétaires",
    verification: "data",
    messages: PAIR_MESSAGES,
    note: "Catalogue EQ-06.",
  },
  check: (subject, context) => checkOrderPair(subject, context, "041", "041"),
});
