import { actText, DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import type { Point } from "../schema";
import { actEvidence } from "../../acts/council-evidence";
import { projected, seanceEvidence } from "../evidence";
import rule from "./cm-018";

const second = (change: Partial<Point>) =>
  s((x) => {
    x.points = [
      {
        subject: "Subvention au comité des fêtes",
        interested: ["Julie Blanc"],
        nonParticipants: ["Julie Blanc"],
        ...change,
      },
    ];
  });

// The séance JSON projected into council evidence.
testRule(projected(rule, seanceEvidence), {
  valid: [
    { name: "votes cohérents avec les présents et pouvoirs", subject: s() },
    {
      name: "égalité, voix prépondérante du président pour",
      subject: second({ vote: { pour: 4, contre: 4, abstentions: 1 }, presidentVote: "pour", result: "adopte" }),
    },
    {
      name: "compte administratif : égalité = arrêté",
      subject: s((x) => {
        x.points = [
          {
            subject: "CA 2024",
            kind: "compte-administratif",
            nonParticipants: ["Anne Leroy"],
            vote: { pour: 4, contre: 4, abstentions: 1 },
            result: "adopte",
          },
        ];
      }),
    },
  ],
  invalid: [
    {
      name: "plus de voix que de votants",
      subject: second({ vote: { pour: 9, contre: 1 } }),
      findings: [{ severity: "error", message: "10 voix enregistrées pour 9 votants", at: { path: "points[0].vote" } }],
    },
    {
      name: "votants non comptés",
      subject: second({ vote: { pour: 6, contre: 1 } }),
      findings: [{ severity: "warning", message: "7 voix enregistrées pour 9" }],
    },
    {
      name: "égalité au scrutin secret proclamée adoptée",
      subject: second({
        scrutin: "secret",
        vote: { pour: 4, contre: 4, blancsNuls: 1 },
        presidentVote: "pour",
        result: "adopte",
      }),
      findings: [
        {
          severity: "error",
          message: "rejeté, pas adopté (pas de voix prépondérante au scrutin secret)",
          at: { path: "points[0].result" },
        },
      ],
    },
    {
      name: "égalité, le président a voté contre",
      subject: second({ vote: { pour: 4, contre: 4, abstentions: 1 }, presidentVote: "contre", result: "adopte" }),
      findings: [{ severity: "error", message: "(voix prépondérante du président)" }],
    },
    {
      name: "égalité sans vote du président connu",
      subject: second({ vote: { pour: 4, contre: 4, abstentions: 1 } }),
      findings: [{ severity: "warning", message: "partage égal" }],
    },
    {
      name: "abstentions comptées comme suffrages",
      subject: second({ vote: { pour: 3, contre: 4, abstentions: 2 }, result: "adopte" }),
      findings: [{ severity: "error", message: "rejeté" }],
    },
  ],
});

const vote = (line: string) => subjectOf(edit(DELIBERATION, "Vote : Pour : 12 Contre : 1 Abstention : 0", line));

// A délibération's text projected into the same evidence: one rule for both.
testRule(projected(rule, actEvidence), {
  valid: [
    { name: "13 voix pour 13 votants", subject: subjectOf(DELIBERATION) },
    {
      name: "partage tranché par la voix prépondérante du président",
      subject: vote("Vote : Pour : 6 Contre : 6 Abstention : 1 — la voix du président est prépondérante."),
    },
  ],
  invalid: [
    {
      name: "15 voix pour 13 votants",
      subject: subjectOf(actText("invalid.vote-impossible.txt")),
      findings: [
        {
          severity: "error",
          message: "15 voix enregistrées (pour, contre, abstentions) pour 13 votants",
          at: { line: 24 },
        },
      ],
    },
    {
      name: "plus de voix que de conseillers en exercice",
      subject: vote("Vote : Pour : 14 Contre : 2 Abstention : 0"),
      findings: [{ message: "16 voix enregistrées pour 15 conseillers" }],
    },
    {
      name: "voix manquantes",
      subject: vote("Vote : Pour : 10 Contre : 1 Abstention : 0"),
      findings: [{ severity: "warning", message: "11 voix enregistrées pour 13 votants" }],
    },
    {
      name: "partage égal sans voix prépondérante",
      subject: vote("Vote : Pour : 6 Contre : 6 Abstention : 1"),
      findings: [{ severity: "warning", message: "Partage égal" }],
    },
  ],
});
