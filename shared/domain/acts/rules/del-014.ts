import { formatDateFr } from "../../common";
import { at, defineActRule } from "../rule-support/support";

export default defineActRule({
  meta: {
    id: "DEL-014",
    severity: "info",
    title: "Certification du caractère exécutoire",
    ref: "CGCT L2131-1",
    verification: "V",
    messages: {
      early:
        "Caractère exécutoire certifié le {certified}, avant la {formality} du {formalityDate} : l'acte n'est exécutoire qu'une fois publié (ou notifié) et transmis.",
    },
  },
  check({ act }, { report }) {
    const certified = act.mentions.executoire?.iso;
    if (act.kind !== "deliberation" || !certified) return;
    for (const key of ["transmission", "publication"] as const) {
      const formality = act.mentions[key];
      if (formality?.iso && formality.iso > certified) {
        const data = { certified: formatDateFr(certified), formality: key, formalityDate: formatDateFr(formality.iso) };
        report({ messageId: "early", data, at: at(act.mentions.executoire) });
      }
    }
  },
});
