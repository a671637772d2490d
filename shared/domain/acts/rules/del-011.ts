import { checkVoteArithmetic } from "../../common";
import { at, defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "DEL-011",
    severity: "error",
    title: "Résultat du vote",
    ref: "CGCT L2121-20",
    verification: "V2015",
    messages: {
      missing: "Résultat du vote à compléter (pour, contre, abstentions, ou unanimité).",
      unanimity: "« Unanimité » annoncée alors que {contre} conseiller(s) ont voté contre.",
      exprimes: "« Unanimité » avec {abstentions} abstention(s) : écrire « à l'unanimité des suffrages exprimés ».",
      rejected:
        "{pour} voix pour et {contre} contre : la proposition n'est pas adoptée, le conseil ne peut pas « décider ».",
    },
  },
  check({ act }, { report }) {
    if (act.kind !== "deliberation") return;
    const vote = act.vote;
    if (!vote) {
      report({ messageId: "missing", severity: "warning" });
      return;
    }
    const contre = vote.contre ?? 0;
    const abstentions = vote.abstentions ?? 0;
    if (vote.unanimite && contre > 0) report({ messageId: "unanimity", data: { contre }, at: at(vote) });
    else if (vote.unanimite === "unanimite" && abstentions > 0)
      report({ messageId: "exprimes", severity: "warning", data: { abstentions }, at: at(vote) });
    if (vote.pour === undefined || vote.contre === undefined || !act.dispositif) return;
    const result = checkVoteArithmetic({ pour: vote.pour, contre: vote.contre, abstentions });
    if (result.outcome === "rejete")
      report({ messageId: "rejected", data: { pour: vote.pour, contre: vote.contre }, at: at(vote) });
  },
});
