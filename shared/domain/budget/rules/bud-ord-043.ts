import { defineRule } from "../../rules";
import type { BudgetSubject } from "../subject";
import { checkOrderPair, PAIR_MESSAGES, type PairMessage } from "../rule-support/order-pair";

export default defineRule<BudgetSubject, PairMessage>({
  meta: {
    id: "BUD-ORD-043",
    severity: "error",
    title: "Ordre à l'intérieur de la section : dépenses 043 = recettes 043",
    ref: "Instructions M57 et M14, opérations d'ordre budgétaires",
    verification: "data",
    messages: PAIR_MESSAGES,
    note: "Catalogue EQ-07.",
  },
  check: (subject, context) => checkOrderPair(subject, context, "043", "043"),
});
