import { pointPath } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-030",
    severity: "info",
    title: "Droit à l'information des élus",
    ref: "CGCT L2121-13",
    verification: "V2015",
    messages: {
      documents:
        "« {subject} » : les conseillers n'ont pas reçu les documents de l'affaire ; tout membre a le droit d'être informé des affaires soumises à délibération.",
    },
  },
  check({ seance }, { report }) {
    seance.points.forEach((point, i) => {
      if (point.documentsProvided === false)
        report({
          messageId: "documents",
          data: { subject: point.subject },
          at: { path: pointPath(i, "documentsProvided") },
        });
    });
  },
});
