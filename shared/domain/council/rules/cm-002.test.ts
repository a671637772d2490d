import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-002";

const first = (date: string, sentOn: string) =>
  s((x) => {
    x.firstMeetingAfterElection = true;
    x.electionDate = "2026-03-15";
    x.date = date;
    x.commune = { ...x.commune, population: 5000 };
    x.convocation = { ...x.convocation, sentOn };
  });

testRule(rule, {
  valid: [
    { name: "séance ordinaire", subject: s() },
    {
      name: "vendredi suivant le scrutin, 3 jours francs (même ≥ 3 500 hab.)",
      subject: first("2026-03-20", "2026-03-16"),
    },
    { name: "dimanche suivant le scrutin", subject: first("2026-03-22", "2026-03-18") },
  ],
  invalid: [
    {
      name: "jeudi : trop tôt",
      subject: first("2026-03-19", "2026-03-15"),
      findings: [
        { severity: "error", message: "entre le vendredi 20/03/2026 et le dimanche 22/03/2026", at: { path: "date" } },
      ],
    },
    { name: "lundi : trop tard", subject: first("2026-03-23", "2026-03-18"), findings: [{ at: { path: "date" } }] },
    {
      name: "convocation à 2 jours francs",
      subject: first("2026-03-21", "2026-03-18"),
      findings: [{ severity: "error", message: "2 jours francs", at: { path: "convocation.sentOn" } }],
    },
  ],
});
