import { subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-cal-02";

const avant = (investissement: number) => ({
  facts: {
    engagementsAvantVote: {
      investissement: investissement * 100,
      creditsInvestissementPrecedent: 50000000,
      dettePrecedente: 10000000,
    },
  },
});

testRule(rule, {
  valid: [{ name: "engagements dans le quart", subject: subject("BP", undefined, avant(100000)) }],
  invalid: [
    {
      name: "au-delà du quart",
      subject: subject("BP", undefined, avant(100000.01)),
      findings: [{ severity: "info", message: "100\u202f000,00\u202f€" }],
    },
    {
      name: "engagements non fournis",
      subject: subject("BP"),
      findings: [{ severity: "info", message: "non fournis" }],
    },
  ],
});
