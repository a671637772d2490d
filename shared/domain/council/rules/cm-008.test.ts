import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import { DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { actEvidence } from "../../acts/council-evidence";
import { projected, seanceEvidence } from "../evidence";
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

// The séance JSON projected into council evidence.
testRule(projected(rule, seanceEvidence), {
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
      findings: [{ severity: "error", message: "0 jour franc" }],
    },
    {
      name: "urgence non soumise au conseil",
      subject: urgent("2025-03-26", false),
      findings: [{ severity: "warning", at: { path: "convocation.urgenceVotedAtOpening" } }],
    },
    { name: "vote sur l'urgence non renseigné", subject: urgent("2025-03-26"), findings: [{ severity: "warning" }] },
  ],
});

const URGENT = edit(
  DELIBERATION,
  "Date de convocation : 12/09/2023",
  "Séance convoquée en urgence.\nDate de convocation : 16/09/2023",
);
const VOTED = edit(URGENT, "Vu le code", "Le conseil municipal, à l'unanimité, reconnaît l'urgence.\nVu le code");

// A délibération's text projected into the same evidence: one rule for both.
testRule(projected(rule, actEvidence), {
  valid: [
    { name: "pas d'urgence", subject: subjectOf(DELIBERATION) },
    { name: "1 jour franc, urgence reconnue par le conseil", subject: subjectOf(VOTED) },
  ],
  invalid: [
    {
      name: "urgence non soumise au conseil",
      subject: subjectOf(URGENT),
      findings: [{ severity: "warning", message: "s'est prononcé sur l'urgence", at: { line: 11 } }],
    },
    {
      name: "moins d'un jour franc",
      subject: subjectOf(edit(VOTED, "16/09/2023", "17/09/2023")),
      findings: [{ severity: "error", message: "0 jour franc" }],
    },
  ],
});
