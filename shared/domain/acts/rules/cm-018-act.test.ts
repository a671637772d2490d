import { actText, DELIBERATION, edit, subjectOf } from "@tests/fixtures/acts";
import { testRule } from "@tests/support/rule-tester";
import rule from "./cm-018-act";

const vote = (line: string) => subjectOf(edit(DELIBERATION, "Vote : Pour : 12 Contre : 1 Abstention : 0", line));

testRule(rule, {
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
