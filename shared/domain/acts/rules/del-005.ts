import { foldText } from "../../common/fold";
import { at, defineActRule } from "../rule-support/support";

const LABELS = new Set([
  "mme",
  "madame",
  "monsieur",
  "secretaire",
  "seance",
  "conseiller",
  "conseillere",
  "municipal",
  "municipale",
  "designe",
  "designee",
  "elue",
  "nomme",
  "nommee",
]);

/** The surname of the secretary: the last capitalised word of the mention that is not a title or a label. */
function surname(mention: string): string | undefined {
  const words = mention.match(/[A-ZÀ-Ý][A-Za-zÀ-ÿ'-]{2,}/g) ?? [];
  return words
    .map(foldText)
    .filter((w) => !LABELS.has(w))
    .at(-1);
}

export default defineActRule({
  meta: {
    id: "DEL-005",
    severity: "warning",
    title: "Secrétaire de séance mentionné",
    ref: "CGCT L2121-15",
    verification: "V",
    messages: {
      missing:
        "Secrétaire de séance à compléter : le conseil en désigne un parmi ses membres au début de chaque séance.",
      agent:
        "Le secrétaire de séance doit être un conseiller municipal présent ; l'agent de mairie ne peut être qu'auxiliaire.",
      absent: "Le secrétaire de séance ({name}) ne figure pas dans la liste des présents.",
    },
  },
  check({ act }, { report }) {
    if (act.kind !== "deliberation") return;
    const secretaire = act.secretaire;
    if (!secretaire) {
      report({ messageId: "missing" });
      return;
    }
    if (
      /secretaire (?:general|de mairie)|\bagent\b|\bdgs\b/.test(
        foldText(secretaire.text).replace(/secretaire de seance/, ""),
      )
    ) {
      report({ messageId: "agent", at: at(secretaire) });
      return;
    }
    const name = surname(secretaire.text);
    if (name && act.presentsList && !foldText(act.presentsList.text).includes(name)) {
      report({ messageId: "absent", data: { name: secretaire.text.replace(/^.*?:\s*/, "") }, at: at(secretaire) });
    }
  },
});
