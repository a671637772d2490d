import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import type { Point } from "../schema";
import rule from "./cm-032";

const budget = (date: string, p: Partial<Point> = {}, population = 800) =>
  s((x) => {
    x.date = date;
    x.commune = { ...x.commune, population };
    x.points = [{ subject: "Budget primitif", kind: "budget-primitif", exercice: Number(date.slice(0, 4)), ...p }];
  });

testRule(rule, {
  valid: [
    { name: "compte administratif 2024 voté en mars 2025", subject: s() },
    { name: "budget voté le 15 avril", subject: budget("2025-04-15") },
    { name: "année de renouvellement : 30 avril", subject: budget("2026-04-29") },
    { name: "≥ 3 500 hab., DOB un mois avant", subject: budget("2025-04-10", { dobDate: "2025-03-10" }, 5000) },
  ],
  invalid: [
    {
      name: "budget voté le 16 avril",
      subject: budget("2025-04-16"),
      findings: [{ severity: "warning", message: "après la date limite du 15/04/2025" }],
    },
    {
      name: "compte administratif voté le 1er juillet",
      subject: s((x) => {
        x.date = "2025-07-01";
      }),
      findings: [{ message: "Compte 2024", at: { path: "points[0]" } }],
    },
    {
      name: "≥ 3 500 hab., DOB non renseigné",
      subject: budget("2025-04-10", {}, 5000),
      findings: [{ severity: "info", message: "À compléter" }],
    },
    {
      name: "DOB trois mois avant",
      subject: budget("2025-04-10", { dobDate: "2025-01-09" }, 5000),
      findings: [{ severity: "warning", message: "deux mois" }],
    },
  ],
});
