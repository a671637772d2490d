import { at, defineActRule, find, NON_PARTICIPATION } from "../rule-support/support";

const INTERESTED_VOTED =
  /interesse(?:e|s|es)?[^.\n]{0,80}(?:a pris part au vote|a participe au vote|prend part au vote|participe au vote)/;

export default defineActRule({
  meta: {
    id: "DEL-012",
    severity: "error",
    title: "Élus intéressés et non-participants",
    ref: "CGCT L2131-11",
    verification: "V",
    messages: {
      voted:
        "Un élu intéressé a pris part au vote : la délibération est illégale (il doit quitter la salle et ne pas voter).",
      counted:
        "Un élu est déclaré ne pas prendre part au vote, mais {recorded} voix sont comptées pour {presents} présents et {representes} représentés : il a été compté.",
    },
  },
  check({ act }, { report }) {
    if (act.kind !== "deliberation") return;
    const voted = find(act, INTERESTED_VOTED);
    if (voted) {
      report({ messageId: "voted", at: at(voted) });
      return;
    }
    const withdrawn = find(act, NON_PARTICIPATION);
    const { vote } = act;
    const { presents } = act.counts;
    if (!withdrawn || !vote || vote.pour === undefined || !presents) return;
    const representes = act.counts.representes?.value ?? act.pouvoirs.length;
    const recorded = vote.pour + (vote.contre ?? 0) + (vote.abstentions ?? 0) + (vote.blancsNuls ?? 0);
    if (recorded >= presents.value + representes)
      report({ messageId: "counted", data: { recorded, presents: presents.value, representes }, at: at(withdrawn) });
  },
});
