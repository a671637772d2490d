import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-013";

const second = (firstSeanceDate: string, firstAgenda?: string[]) =>
  s((x) => {
    x.secondConvocation = { firstSeanceDate, ...(firstAgenda ? { firstAgenda } : {}) };
  });

testRule(rule, {
  valid: [
    { name: "pas de seconde convocation", subject: s() },
    {
      name: "trois jours francs d'intervalle, mêmes questions",
      subject: second("2025-03-24", ["Vote du compte administratif 2024", "subvention au comité des FÊTES"]),
    },
  ],
  invalid: [
    {
      name: "deux jours francs d'intervalle",
      subject: second("2025-03-25"),
      findings: [{ severity: "error", message: "2 jours francs", at: { path: "secondConvocation.firstSeanceDate" } }],
    },
    {
      name: "question nouvelle délibérée sans quorum",
      subject: second("2025-03-20", ["Vote du compte administratif 2024"]),
      findings: [{ severity: "error", at: { path: "points[1]" } }],
    },
    {
      name: "Alsace-Moselle : rappel de L2541-4 absent",
      subject: s((x) => {
        x.commune = { ...x.commune, departement: "68" };
        x.secondConvocation = { firstSeanceDate: "2025-03-20" };
        x.convocation = { ...x.convocation, recallsSecondConvocationRule: false };
      }),
      findings: [{ severity: "warning", message: "L2541-4" }],
    },
  ],
});
