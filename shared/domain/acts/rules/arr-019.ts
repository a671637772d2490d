import { defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "ARR-019",
    severity: "warning",
    title: "Arrêtés de police générale (bruit, alcool, animaux, feux)",
    ref: "CGCT L2212-2",
    verification: "D",
    messages: {
      basis: "Arrêté de police générale : viser les articles L2212-1 et L2212-2 du CGCT.",
      sanction:
        "Préciser la sanction : les infractions sont punies de l'amende prévue pour les contraventions de 1re classe (C. pénal R610-5).",
    },
  },
  check({ act, matters }, { report }) {
    if (act.kind !== "arrete" || !matters.has("police")) return;
    const visas = act.visas.map((v) => act.folded.slice(v.start, v.end)).join("\n");
    if (!/l\.? ?2212-[12]\b/.test(visas)) report({ messageId: "basis" });
    if (!/r\.? ?610-5|contravention|poursuivie?s?|sanctionnee?s?|proces-verba|infractions?/.test(act.folded))
      report({ messageId: "sanction" });
  },
});
