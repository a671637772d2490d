import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { checkOrderPair, PAIR_MESSAGES, type PairMessage } from "../rule-support/order-pair";

export default defineRule<BudgetSubject, PairMessage>({
  meta: {
    id: "BUD-ORD-040-042",
    severity: "error",
    title: "Ordre entre sections : dépenses 040 = recettes 042",
    ref: "Instructions M57 et M14, opérations d'ordre budgétaires",
    verification: "data",
    messages: PAIR_MESSAGES,
    note: "Catalogue EQ-05.",
  },
  check: (subject, context) => checkOrderPair(subject, context, "040", "042"),
});
