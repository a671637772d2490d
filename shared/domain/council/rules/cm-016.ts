import { validProxies } from "../attendance";
import { defineSeanceRule } from "../rule-support/support";

export default defineSeanceRule({
  meta: {
    id: "CM-016",
    severity: "error",
    title: "Publicité des séances et huis clos",
    ref: "CGCT L2121-18",
    verification: "V2015",
    messages: {
      request:
        "Le huis clos ne peut être demandé que par le maire ou par trois membres au moins ({count} demandeur(s)).",
      noVote: "Le huis clos doit être décidé par un vote du conseil, sans débat.",
      majority:
        "Huis clos voté par {pour} voix : la majorité absolue des {base} membres présents ou représentés ({needed}) n'est pas atteinte.",
    },
  },
  check({ seance }, { report }) {
    const huisClos = seance.huisClos;
    if (!huisClos) return;
    if (huisClos.requestedBy !== "maire" && huisClos.requestedBy.length < 3) {
      report({
        messageId: "request",
        data: { count: huisClos.requestedBy.length },
        at: { path: "huisClos.requestedBy" },
      });
    }
    if (!huisClos.vote) {
      report({ messageId: "noVote", at: { path: "huisClos" } });
      return;
    }
    const base = seance.presents.length + validProxies(seance).length;
    const needed = Math.floor(base / 2) + 1;
    if (huisClos.vote.pour < needed)
      report({
        messageId: "majority",
        data: { pour: huisClos.vote.pour, base, needed },
        at: { path: "huisClos.vote" },
      });
  },
});
