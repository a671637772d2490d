import { line } from "@tests/fixtures/budgets/builders";
import { orderPairCases } from "@tests/fixtures/budgets/order-pair-cases";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-ord-040-042";

testRule(
  rule,
  orderPairCases(
    (d) => line("I", "D", "040", "2183", d),
    (r) => line("F", "R", "042", "722", r),
    "040",
  ),
);
