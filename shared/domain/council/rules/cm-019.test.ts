import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import rule from "./cm-019";

const publicVote = (requested: number | undefined, recorded: boolean | undefined) =>
  s((x) => {
    x.points = [
      {
        subject: "Tarifs de la cantine",
        scrutin: "public",
        vote: { pour: 8, contre: 2 },
        ...(requested !== undefined ? { publicVoteRequestedBy: requested } : {}),
        ...(recorded !== undefined ? { nominativeVoteRecorded: recorded } : {}),
      },
    ];
  });

testRule(rule, {
  valid: [
    { name: "vote ordinaire", subject: s() },
    { name: "demandé par 3 des 9 présents, noms au registre", subject: publicVote(3, true) },
  ],
  invalid: [
    {
      name: "demandé par 2 des 9 présents",
      subject: publicVote(2, true),
      findings: [{ severity: "warning", message: "quart des présents (3)" }],
    },
    {
      name: "noms des votants absents du registre",
      subject: publicVote(undefined, false),
      findings: [{ severity: "warning", message: "nom des votants", at: { path: "points[0].nominativeVoteRecorded" } }],
    },
  ],
});
