import { line } from "@tests/fixtures/budgets/builders";
import { orderPairCases } from "@tests/fixtures/budgets/order-pair-cases";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-ord-042-040";

testRule(
  rule,
  orderPairCases(
    (d) => line("F", "D", "042", "6811", d),
    (r) => line("I", "R", "040", "28183", r),
    "042",
  ),
);
