import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-001";

testRule(rule, {
  valid: [
    { name: "séance précédente au trimestre précédent", subject: s() },
    {
      name: "même trimestre",
      subject: s((x) => {
        x.previousSeanceDate = "2025-02-10";
      }),
    },
    {
      name: "séance précédente inconnue",
      subject: s((x) => {
        delete x.previousSeanceDate;
      }),
    },
  ],
  invalid: [
    {
      name: "aucune séance au T4 2024",
      subject: s((x) => {
        x.previousSeanceDate = "2024-09-20";
      }),
      findings: [{ severity: "warning", message: "trimestre T4 2024", at: { path: "previousSeanceDate" } }],
    },
    {
      name: "deux trimestres vides",
      subject: s((x) => {
        x.previousSeanceDate = "2024-06-28";
      }),
      findings: [{ message: "T3 2024" }, { message: "T4 2024" }],
    },
  ],
});
