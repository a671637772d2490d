import { pointPath, presentsAtPoint } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-020",
    severity: "error",
    title: "Scrutin secret et nominations",
    ref: "CGCT L2121-21",
    verification: "V2015",
    messages: {
      nomination:
        "« {subject} » : une nomination se vote au scrutin secret, sauf décision unanime du conseil de voter à main levée ou candidature unique.",
      election:
        "« {subject} » : l'élection du maire et des adjoints a lieu au scrutin secret (L2122-4, L2122-7, non vérifié).",
      requested:
        "« {subject} » : le scrutin secret était réclamé par {count} membres, au moins le tiers des présents ({needed}).",
    },
  },
  check({ seance }, { report }) {
    seance.points.forEach((point, i) => {
      if (point.scrutin === undefined || point.scrutin === "secret") return;
      const data = { subject: point.subject };
      const at = { path: pointPath(i, "scrutin") };
      if (point.kind === "nomination" && point.openVoteUnanimous !== true && point.singleCandidacy !== true)
        report({ messageId: "nomination", data, at });
      if (point.kind === "election-maire" || point.kind === "election-adjoints")
        report({ messageId: "election", severity: "warning", data, at });
      const needed = Math.ceil(presentsAtPoint(seance, point) / 3);
      const count = point.secretVoteRequestedBy;
      if (count !== undefined && count >= needed)
        report({ messageId: "requested", data: { ...data, count, needed }, at });
    });
  },
});
