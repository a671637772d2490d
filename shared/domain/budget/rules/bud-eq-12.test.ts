import { subject } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-eq-12";

testRule(rule, {
  valid: [
    {
      name: "fiscalité conforme à l'état 1259",
      subject: subject("BP", undefined, { facts: { fiscaliteNotifiee: 8000000 } }),
    },
    { name: "ne s'applique pas au CA", subject: subject("CA") },
  ],
  invalid: [
    {
      name: "fiscalité surestimée de plus de 5 %",
      subject: subject("BP", undefined, { facts: { fiscaliteNotifiee: 7000000 } }),
      findings: [{ severity: "warning", message: "notifié(e) pour 70\u202f000,00\u202f€" }],
    },
    {
      name: "DGF non inscrite",
      subject: subject("BP", undefined, { facts: { dgfNotifiee: 1000000 } }),
      findings: [{ message: "DGF" }],
    },
    { name: "notifications absentes", subject: subject("BP"), findings: [{ severity: "info" }] },
  ],
});
