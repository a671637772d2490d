import { at, defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "DEL-004",
    severity: "info",
    title: "Listes nominatives des présents, représentés et absents",
    ref: "CGCT L2121-15",
    verification: "V",
    messages: {
      presents: "Liste nominative des présents à compléter.",
      pouvoirs: "{count} conseiller(s) représenté(s) sans la mention « pouvoir de X à Y ».",
    },
  },
  check({ act }, { report }) {
    if (act.kind !== "deliberation") return;
    if (!act.presentsList) report({ messageId: "presents" });
    const { presents, votants, representes } = act.counts;
    const represented = representes?.value ?? (presents && votants ? votants.value - presents.value : 0);
    if (represented > 0 && act.pouvoirs.length === 0)
      report({ messageId: "pouvoirs", data: { count: represented }, at: at(representes ?? votants) });
  },
});
