import { line } from "@tests/fixtures/budgets/builders";
import { orderPairCases } from "@tests/fixtures/budgets/order-pair-cases";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-ord-041";

testRule(
  rule,
  orderPairCases(
    (d) => line("I", "D", "041", "2183", d),
    (r) => line("I", "R", "041", "2031", r),
    "041",
  ),
);
