import { testRule } from "@tests/support/rule-tester";
import { seanceSubject as s } from "../sample-seance";
import { actText, DELIBERATION, subjectOf } from "@tests/fixtures/acts";
import { actEvidence } from "../../acts/council-evidence";
import { projected, seanceEvidence } from "../evidence";
import rule from "./cm-011";

// The séance JSON projected into council evidence.
testRule(projected(rule, seanceEvidence), {
  valid: [
    { name: "tous les points inscrits", subject: s() },
    {
      name: "questions diverses sans vote",
      subject: s((x) => {
        x.points.push({ subject: "Questions diverses", kind: "questions-diverses" });
      }),
    },
  ],
  invalid: [
    {
      name: "point ajouté en début de séance",
      subject: s((x) => {
        x.points.push({ subject: "Achat d'un tracteur", onAgenda: false, vote: { pour: 10, contre: 0 } });
      }),
      findings: [{ severity: "error", message: "Achat d'un tracteur", at: { path: "points[2]" } }],
    },
    {
      name: "subvention votée en questions diverses",
      subject: s((x) => {
        x.points.push({ subject: "Questions diverses : subvention au club", vote: { pour: 10, contre: 0 } });
      }),
      findings: [{ severity: "error", message: "affaires mineures", at: { path: "points[2].vote" } }],
    },
  ],
});

// A délibération's text projected into the same evidence: one rule for both.
testRule(projected(rule, actEvidence), {
  valid: [{ name: "point inscrit à l'ordre du jour", subject: subjectOf(DELIBERATION) }],
  invalid: [
    {
      name: "point ajouté en début de séance",
      subject: subjectOf(actText("invalid.point-ajoute-en-seance.txt")),
      findings: [{ severity: "error", message: "ajouter un point", at: { line: 13 } }],
    },
  ],
});
