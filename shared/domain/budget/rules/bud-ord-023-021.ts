import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { checkOrderPair, PAIR_MESSAGES, type PairMessage } from "../rule-support/order-pair";

export default defineRule<BudgetSubject, PairMessage>({
  meta: {
    id: "BUD-ORD-023-021",
    severity: "error",
    title: "Virement : dépense 023 = recette 021",
    ref: "Instructions M57 et M14, opérations d'ordre budgétaires",
    verification: "data",
    messages: PAIR_MESSAGES,
    note: "Catalogue EQ-03.",
  },
  check: (subject, context) => checkOrderPair(subject, context, "023", "021", true),
});
