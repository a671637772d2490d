import { at, defineActRule, find } from "../rule-support/support";

const OUTSIDE =
  /(?:\brd ?\d|route departementale|\brn ?\d|route nationale)[^.\n]{0,80}hors agglomeration|hors agglomeration[^.\n]{0,80}(?:\brd ?\d|route departementale|\brn ?\d|route nationale)/;

export default defineActRule({
  meta: {
    id: "ARR-016",
    severity: "error",
    title: "Occupation du domaine public routier",
    ref: "CVR L113-2",
    verification: "V2015",
    messages: {
      authority:
        "Permission de voirie sur une route départementale ou nationale hors agglomération : elle est délivrée par le gestionnaire de la voie (président du conseil départemental, préfet).",
      redevance:
        "Occupation du domaine public sans mention de la redevance (ou de la gratuité) ni de la délibération qui en fixe le tarif.",
    },
  },
  check({ act, matters }, { report }) {
    if (act.kind !== "arrete" || !matters.has("voirie")) return;
    const outside = find(act, OUTSIDE);
    if (outside && /permission de voirie/.test(act.folded)) report({ messageId: "authority", at: at(outside) });
    if (!/redevance|gratuit|\btarifs?\b|droits? de (?:voirie|place)|exonere/.test(act.folded))
      report({ messageId: "redevance", severity: "warning" });
  },
});
