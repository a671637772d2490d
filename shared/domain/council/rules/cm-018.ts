import { checkVoteArithmetic } from "../../common";
import { isCompteAdministratif, pointPath, votantsAtPoint } from "../attendance";
import { defineSeanceRule } from "./support";

const OUTCOME = { adopte: "adopté", rejete: "rejeté" } as const;

export default defineSeanceRule({
  meta: {
    id: "CM-018",
    severity: "error",
    title: "Majorité absolue des suffrages exprimés et voix prépondérante",
    ref: "CGCT L2121-20",
    verification: "V2015",
    messages: {
      outcome: "« {subject} » : {pour} pour, {contre} contre ; le point est {computed}, pas {declared}{why}.",
      surplus:
        "« {subject} » : {recorded} voix enregistrées pour {votants} votants possibles (présents et pouvoirs, hors non-participants).",
      missing:
        "« {subject} » : {recorded} voix enregistrées pour {votants} votants ; vérifier les arrivées, départs et abstentions.",
      tie: "« {subject} » : partage égal des voix ; indiquer le vote du président, dont la voix est prépondérante hors scrutin secret.",
    },
  },
  check({ seance }, { report }) {
    seance.points.forEach((point, i) => {
      if (!point.vote) return;
      const votants = votantsAtPoint(seance, point);
      const r = checkVoteArithmetic({
        ...point.vote,
        votants,
        compteAdministratif: isCompteAdministratif(point),
        ...(point.scrutin ? { scrutin: point.scrutin } : {}),
        ...(point.presidentVote ? { voixPresident: point.presidentVote } : {}),
      });
      const at = { path: pointPath(i, "vote") };
      const data = { subject: point.subject, ...point.vote, recorded: r.recorded, votants };
      if ((r.surplus ?? 0) > 0) report({ messageId: "surplus", data, at });
      else if ((r.surplus ?? 0) < 0) report({ messageId: "missing", severity: "warning", data, at });
      if (r.outcome === "indetermine") {
        report({ messageId: "tie", severity: "warning", data, at });
        return;
      }
      if (point.result && point.result !== r.outcome) {
        const why = r.casting
          ? " (voix prépondérante du président)"
          : point.scrutin === "secret" && point.vote.pour === point.vote.contre
            ? " (pas de voix prépondérante au scrutin secret)"
            : "";
        report({
          messageId: "outcome",
          data: { ...data, computed: OUTCOME[r.outcome], declared: OUTCOME[point.result], why },
          at: { path: pointPath(i, "result") },
        });
      }
    });
  },
});
