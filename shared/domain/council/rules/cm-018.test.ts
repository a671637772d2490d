import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import type { Point } from "../schema";
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

testRule(rule, {
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
