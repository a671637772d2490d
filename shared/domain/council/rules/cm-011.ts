import { defineCouncilRule } from "../evidence";

export default defineCouncilRule({
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
  check({ points }, { report }) {
    for (const point of points) {
      const data = { subject: point.subject };
      const evidence = point.evidence ? { evidence: point.evidence } : {};
      if (point.onAgenda === false)
        report({ messageId: "added", data, ...(point.at ? { at: point.at } : {}), ...evidence });
      if (point.decidedUnderCatchAll)
        report({ messageId: "diverses", data, ...(point.decisionAt ? { at: point.decisionAt } : {}), ...evidence });
    }
  },
});
