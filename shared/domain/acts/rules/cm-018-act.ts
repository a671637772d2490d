import { checkVoteArithmetic } from "../../common";
import { at, defineActRule, evidenceOf } from "./support";

export default defineActRule({
  meta: {
    id: "CM-018",
    severity: "error",
    title: "Arithmétique du vote, majorité et voix prépondérante",
    ref: "CGCT L2121-20",
    verification: "V2015",
    messages: {
      surplus: "{recorded} voix enregistrées (pour, contre, abstentions) pour {votants} votants : vote impossible.",
      missing:
        "{recorded} voix enregistrées pour {votants} votants : vérifier les arrivées, départs et non-participants.",
      exercice: "{recorded} voix enregistrées pour {enExercice} conseillers en exercice : vote impossible.",
      tie: "Partage égal des voix ({pour} pour, {contre} contre) : indiquer le vote du président, dont la voix est prépondérante hors scrutin secret.",
    },
  },
  check({ act }, { report }) {
    const vote = act.vote;
    if (act.kind !== "deliberation" || vote?.pour === undefined) return;
    const result = checkVoteArithmetic({
      pour: vote.pour,
      contre: vote.contre ?? 0,
      abstentions: vote.abstentions ?? 0,
      blancsNuls: vote.blancsNuls ?? 0,
      ...(/voix (?:du president |de la presidente )?(?:est |etant )?preponderante/.test(act.folded)
        ? { voixPresident: "pour" as const }
        : {}),
    });
    const { votants, presents, enExercice } = act.counts;
    const possible =
      votants?.value ??
      (presents
        ? presents.value + Math.min(act.counts.representes?.value ?? presents.value, presents.value)
        : undefined);
    const data = {
      recorded: result.recorded,
      votants: possible ?? 0,
      enExercice: enExercice?.value ?? 0,
      pour: vote.pour,
      contre: vote.contre ?? 0,
    };
    const evidence = evidenceOf(act, vote, votants ?? presents);
    if (enExercice && result.recorded > enExercice.value)
      report({ messageId: "exercice", data, at: at(vote), evidence: evidenceOf(act, vote, enExercice) });
    else if (possible !== undefined && result.recorded > possible)
      report({ messageId: "surplus", data, at: at(vote), evidence });
    else if (votants && result.recorded < votants.value)
      report({ messageId: "missing", severity: "warning", data, at: at(vote), evidence });
    if (result.outcome === "indetermine") report({ messageId: "tie", severity: "warning", data, at: at(vote) });
  },
});
