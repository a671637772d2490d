import { BALANCED_LINES, line, subject, withRealise } from "@tests/fixtures/budgets/builders";
import { testRule } from "@tests/support/rule-tester";
import rule from "./bud-affect-1068-min";

// Realisations: RES_F = 83 000 − 58 000 = 25 000 ; SOLDE_I = 20 000 − 35 000 = −15 000 → besoin 15 000.
const ca = withRealise(BALANCED_LINES, [10000, 48000, 0, 83000, 25000, 10000, 0, 5000, 15000]);
const bpWithResults = (r1068: number) => [
  ...BALANCED_LINES,
  line("I", "D", "001", "001", 15000),
  line("I", "R", "10", "1068", r1068),
  line("F", "R", "002", "002", 25000 - r1068),
];

testRule(rule, {
  valid: [
    { name: "BP sans reprise des résultats", subject: subject() },
    { name: "CA avec affectation suffisante", subject: subject("CA", ca, { facts: { affectation1068: 1500000 } }) },
    { name: "BP avec 1068 couvrant le besoin", subject: subject("BP", bpWithResults(15000)) },
  ],
  invalid: [
    {
      name: "CA : affectation à délibérer",
      subject: subject("CA", ca),
      findings: [{ severity: "info", message: "au moins 15\u202f000,00\u202f€" }],
    },
    {
      name: "CA : affectation insuffisante",
      subject: subject("CA", ca, { facts: { affectation1068: 1000000 } }),
      findings: [{ severity: "error", message: "(15\u202f000,00\u202f€)" }],
    },
    {
      name: "BP : 1068 inférieur au besoin",
      subject: subject("BP", bpWithResults(5000)),
      findings: [{ severity: "error", message: "(5\u202f000,00\u202f€)", at: { nature: "1068" } }],
    },
    { name: "CA sans réalisations", subject: subject("CA"), findings: [{ severity: "info", message: "réalisations" }] },
  ],
});
