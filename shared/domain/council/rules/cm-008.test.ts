import { testRule } from "../../../../tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-008";

const urgent = (sentOn: string, voted?: boolean, population = 800) =>
  s((x) => {
    x.commune = { ...x.commune, population };
    x.convocation = {
      ...x.convocation,
      sentOn,
      urgence: true,
      ...(voted === undefined ? {} : { urgenceVotedAtOpening: voted }),
    };
  });

testRule(rule, {
  valid: [
    {
      name: "10/06 → 12/06 : 1 jour franc, urgence votée",
      subject: s((x) => {
        x.date = "2025-06-12";
        x.convocation = { ...x.convocation, sentOn: "2025-06-10", urgence: true, urgenceVotedAtOpening: true };
      }),
    },
    { name: "≥ 3 500 hab., 1 jour franc", subject: urgent("2025-03-26", true, 9000) },
    { name: "pas d'urgence", subject: s() },
  ],
  invalid: [
    {
      name: "veille de la séance : 0 jour franc",
      subject: urgent("2025-03-27", true),
      findings: [{ severity: "error", message: "0 jour(s) franc(s)" }],
    },
    {
      name: "urgence non soumise au conseil",
      subject: urgent("2025-03-26", false),
      findings: [{ severity: "warning", at: { path: "convocation.urgenceVotedAtOpening" } }],
    },
    { name: "vote sur l'urgence non renseigné", subject: urgent("2025-03-26"), findings: [{ severity: "warning" }] },
  ],
});
