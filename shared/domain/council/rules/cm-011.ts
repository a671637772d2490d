import { pointPath } from "../attendance";
import { defineSeanceRule } from "./support";

// Catch-all headings under which courts refuse substantive decisions.
const CATCH_ALL = /questions?\s+diverses|\bdivers\b|urgence\s+ou\s+(les\s+)?circonstances/i;

export default defineSeanceRule({
  meta: {
    id: "CM-011",
    severity: "error",
    title: "Ordre du jour impératif et questions diverses",
    ref: "CGCT L2121-10",
    verification: "D",
    messages: {
      added:
        "Le point « {subject} » n'était pas inscrit à l'ordre du jour de la convocation : la délibération est illégale, même votée à l'unanimité.",
      diverses:
        "Une décision a été votée sous « {subject} » : les questions diverses ne peuvent porter que sur des affaires mineures sans décision.",
    },
  },
  check({ seance }, { report }) {
    seance.points.forEach((point, i) => {
      const data = { subject: point.subject };
      if (point.onAgenda === false) report({ messageId: "added", data, at: { path: pointPath(i) } });
      const catchAll = point.kind === "questions-diverses" || CATCH_ALL.test(point.subject);
      if (catchAll && point.vote !== undefined)
        report({ messageId: "diverses", data, at: { path: `points[${i}].vote` } });
    });
  },
});
