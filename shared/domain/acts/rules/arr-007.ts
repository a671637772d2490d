import { at, defineActRule, find } from "../rule-support/support";

const ROAD = "(?:\\brd ?\\d|route departementale|\\brn ?\\d|route nationale)";
const OUTSIDE = new RegExp(`${ROAD}[^.\\n]{0,80}hors agglomeration|hors agglomeration[^.\\n]{0,80}${ROAD}`);
const OTHER_AUTHORITY = /president du conseil departemental|arrete conjoint|\bprefet\b[^.\n]{0,40}(?:arrete|competent)/;
const RGC = /route a grande circulation/;

export default defineActRule({
  meta: {
    id: "ARR-007",
    severity: "error",
    title: "Police de la circulation : autorité compétente",
    ref: "CGCT L2213-1",
    verification: "V2015",
    messages: {
      outside:
        "Route départementale ou nationale hors agglomération : la police de la circulation y relève du président du conseil départemental ou du préfet, pas du maire.",
      rgc: "Route à grande circulation : l'arrêté du maire requiert l'avis préalable du préfet (C. route R411-8), à viser.",
    },
  },
  check({ act, matters }, { report }) {
    if (act.kind !== "arrete" || !matters.has("circulation")) return;
    const outside = find(act, OUTSIDE);
    if (outside && !OTHER_AUTHORITY.test(act.folded)) report({ messageId: "outside", at: at(outside) });
    const rgc = find(act, RGC);
    if (rgc && !/avis[^.\n]{0,40}prefe/.test(act.folded))
      report({ messageId: "rgc", severity: "warning", at: at(rgc) });
  },
});
