import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import { actText, DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { actEvidence } from "../../acts/council-evidence";
import { projected, seanceEvidence } from "../evidence";
import rule from "./cm-006";

const sent = (sentOn: string, date = "2025-03-28") =>
  s((x) => {
    x.date = date;
    x.convocation = { ...x.convocation, sentOn };
  });

// The séance JSON projected into council evidence.
testRule(projected(rule, seanceEvidence), {
  valid: [
    { name: "24/03 → 28/03 : 3 jours francs", subject: sent("2025-03-24") },
    { name: "week-end compté : 02/05 → 06/05", subject: sent("2025-05-02", "2025-05-06") },
    { name: "lundi de Pâques compté : 17/04 → 22/04", subject: sent("2025-04-17", "2025-04-22") },
    {
      name: "urgence : relève de CM-008",
      subject: s((x) => {
        x.convocation = { ...x.convocation, sentOn: "2025-03-26", urgence: true };
      }),
    },
    {
      name: "commune de 3 500 hab. : relève de CM-007",
      subject: s((x) => {
        x.commune = { ...x.commune, population: 3500 };
        x.convocation = { ...x.convocation, sentOn: "2025-03-26" };
      }),
    },
  ],
  invalid: [
    {
      name: "25/03 → 28/03 : 2 jours francs",
      subject: sent("2025-03-25"),
      findings: [
        {
          severity: "error",
          message: "2 jours francs, 3 requis (envoi au plus tard le 24/03/2025)",
          at: { path: "convocation.sentOn" },
        },
      ],
    },
    {
      name: "population inconnue, 2 jours francs",
      subject: s((x) => {
        delete x.commune?.population;
        x.convocation = { ...x.convocation, sentOn: "2025-03-25" };
      }),
      findings: [{ severity: "error" }],
    },
  ],
});

const convocation = (date: string) => subjectOf(edit(DELIBERATION, "12/09/2023", date));

// A délibération's text projected into the same evidence: one rule for both.
testRule(projected(rule, actEvidence), {
  valid: [
    { name: "6 jours francs", subject: subjectOf(DELIBERATION) },
    { name: "3 jours francs exactement (envoi le 14 pour le 18)", subject: convocation("14/09/2023") },
    {
      name: "commune de 3 500 habitants et plus : relève de CM-007",
      subject: subjectOf(actText("invalid.convocation-tardive.txt"), { population: 4000 }),
    },
    {
      name: "Alsace-Moselle : relève de CM-009",
      subject: subjectOf(actText("invalid.convocation-tardive.txt"), { departement: "67" }),
    },
  ],
  invalid: [
    {
      name: "2 jours francs",
      subject: convocation("15/09/2023"),
      findings: [{ severity: "error", message: "2 jours francs, 3 requis", at: { line: 11 } }],
    },
    {
      name: "population inconnue, 1 jour franc",
      subject: subjectOf(actText("invalid.convocation-tardive.txt")),
      findings: [{ message: "au plus tard le 14/09/2023" }],
    },
  ],
});
