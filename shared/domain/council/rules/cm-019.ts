import { pointPath, presentsAtPoint } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-019",
    severity: "warning",
    title: "Scrutin public à la demande du quart des présents",
    ref: "CGCT L2121-21",
    verification: "V2015",
    messages: {
      request:
        "« {subject} » : scrutin public demandé par {count} membre(s), il faut le quart des présents ({needed}).",
      names:
        "« {subject} » : au scrutin public, le registre doit comporter le nom des votants et le sens de leur vote.",
    },
  },
  check({ seance }, { report }) {
    seance.points.forEach((point, i) => {
      if (point.scrutin !== "public") return;
      const needed = Math.ceil(presentsAtPoint(seance, point) / 4);
      const count = point.publicVoteRequestedBy;
      if (count !== undefined && count < needed)
        report({
          messageId: "request",
          data: { subject: point.subject, count, needed },
          at: { path: pointPath(i, "publicVoteRequestedBy") },
        });
      if (point.nominativeVoteRecorded !== true)
        report({
          messageId: "names",
          data: { subject: point.subject },
          at: { path: pointPath(i, "nominativeVoteRecorded") },
        });
    });
  },
});
