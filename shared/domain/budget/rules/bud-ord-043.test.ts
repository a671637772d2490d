import { line } from "@tests/fixtures/budgets/builders";
import { orderPairCases } from "@tests/fixtures/budgets/order-pair-cases";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-ord-043";

testRule(
  rule,
  orderPairCases(
    (d) => line("F", "D", "043", "608", d),
    (r) => line("F", "R", "043", "796", r),
    "043",
  ),
);
