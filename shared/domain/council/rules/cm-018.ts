import { checkVoteArithmetic } from "../../common";
import type { Evidence } from "../../rules";
import { defineCouncilRule } from "../evidence";

const OUTCOME = { adopte: "adopté", rejete: "rejeté" } as const;

const withEvidence = (evidence: Evidence | undefined) => (evidence ? { evidence } : {});

export default defineCouncilRule({
  meta: {
    id: "CM-018",
    severity: "error",
    title: "Arithmétique du vote, majorité absolue des suffrages exprimés et voix prépondérante",
    ref: "CGCT L2121-20",
    verification: "V2015",
    // A séance's record speaks of each point by its subject; a délibération of its own vote.
    messages: {
      outcome: "« {subject} » : {pour} pour, {contre} contre ; le point est {computed}, pas {declared}{why}.",
      surplus:
        "« {subject} » : {recorded} voix enregistrées pour {votants} votants possibles (présents et pouvoirs, hors non-participants).",
      missing:
        "« {subject} » : {recorded} voix enregistrées pour {votants} votants ; vérifier les arrivées, départs et abstentions.",
      tie: "« {subject} » : partage égal des voix ; indiquer le vote du président, dont la voix est prépondérante hors scrutin secret.",
      surplusAct: "{recorded} voix enregistrées (pour, contre, abstentions) pour {votants} votants : vote impossible.",
      missingAct:
        "{recorded} voix enregistrées pour {votants} votants : vérifier les arrivées, départs et non-participants.",
      exercice: "{recorded} voix enregistrées pour {enExercice} conseillers en exercice : vote impossible.",
      tieAct:
        "Partage égal des voix ({pour} pour, {contre} contre) : indiquer le vote du président, dont la voix est prépondérante hors scrutin secret.",
    },
  },
  check({ scope, points }, { report }) {
    const seance = scope === "seance";
    for (const point of points) {
      const vote = point.vote;
      if (!vote) continue;
      const r = checkVoteArithmetic({
        pour: vote.pour,
        contre: vote.contre,
        abstentions: vote.abstentions,
        blancsNuls: vote.blancsNuls,
        compteAdministratif: vote.compteAdministratif,
        ...(vote.scrutin ? { scrutin: vote.scrutin } : {}),
        ...(vote.presidentVote ? { voixPresident: vote.presidentVote } : {}),
      });
      const { possible, votants, enExercice } = vote;
      const at = vote.at ? { at: vote.at } : {};
      const data = {
        subject: point.subject,
        pour: vote.pour,
        contre: vote.contre,
        recorded: r.recorded,
        votants: possible?.value ?? 0,
        enExercice: enExercice?.value ?? 0,
      };
      if (enExercice && r.recorded > enExercice.value)
        report({ messageId: "exercice", data, ...at, ...withEvidence(enExercice.evidence) });
      else if (possible && r.recorded > possible.value)
        report({ messageId: seance ? "surplus" : "surplusAct", data, ...at, ...withEvidence(possible.evidence) });
      else if (votants && r.recorded < votants.value)
        report({
          messageId: seance ? "missing" : "missingAct",
          severity: "warning",
          data,
          ...at,
          ...withEvidence(votants.evidence),
        });
      if (r.outcome === "indetermine") {
        report({ messageId: seance ? "tie" : "tieAct", severity: "warning", data, ...at });
        continue;
      }
      const declared = vote.declared;
      if (declared && declared.value !== r.outcome) {
        const why = r.casting
          ? " (voix prépondérante du président)"
          : vote.scrutin === "secret" && vote.pour === vote.contre
            ? " (pas de voix prépondérante au scrutin secret)"
            : "";
        report({
          messageId: "outcome",
          data: { ...data, computed: OUTCOME[r.outcome], declared: OUTCOME[declared.value], why },
          ...(declared.at ? { at: declared.at } : {}),
        });
      }
    }
  },
});
