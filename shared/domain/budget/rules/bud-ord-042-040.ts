import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { checkOrderPair, PAIR_MESSAGES, type PairMessage } from "../rule-support/order-pair";

export default defineRule<BudgetSubject, PairMessage>({
  meta: {
    id: "BUD-ORD-042-040",
    severity: "error",
    title: "Ordre entre sections : dépenses 042 = recettes 040",
    ref: "Instructions M57 et M14, opérations d'ordre budgétaires",
    verification: "data",
    messages: PAIR_MESSAGES,
    note: "Catalogue EQ-04.",
  },
  check: (subject, context) => checkOrderPair(subject, context, "042", "040"),
});
