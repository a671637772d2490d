import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import type { Point } from "../schema";
import rule from "./cm-020";

const point = (p: Partial<Point>) =>
  s((x) => {
    x.points = [
      { subject: "Désignation du délégué au SIVOS", kind: "nomination", vote: { pour: 10, contre: 0 }, ...p },
    ];
  });

testRule(rule, {
  valid: [
    { name: "nomination au scrutin secret", subject: point({ scrutin: "secret" }) },
    { name: "main levée décidée à l'unanimité", subject: point({ scrutin: "ordinaire", openVoteUnanimous: true }) },
    { name: "candidature unique", subject: point({ scrutin: "ordinaire", singleCandidacy: true }) },
    {
      name: "scrutin secret réclamé par 2 des 9 présents",
      subject: point({ kind: "deliberation", scrutin: "ordinaire", secretVoteRequestedBy: 2 }),
    },
  ],
  invalid: [
    {
      name: "nomination à main levée",
      subject: point({ scrutin: "ordinaire" }),
      findings: [{ severity: "error", at: { path: "points[0].scrutin" } }],
    },
    {
      name: "élection des adjoints à main levée",
      subject: point({ kind: "election-adjoints", scrutin: "public" }),
      findings: [{ severity: "warning", message: "non vérifié" }],
    },
    {
      name: "scrutin secret réclamé par le tiers des présents",
      subject: point({ kind: "deliberation", scrutin: "ordinaire", secretVoteRequestedBy: 3 }),
      findings: [{ severity: "error", message: "3 membres" }],
    },
  ],
});
