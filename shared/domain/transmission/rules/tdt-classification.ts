import { findClassification } from "../classification";
import { ENVELOPE_REF } from "../envelope";
import { defineTransmissionRule } from "../rule-support/support";

export default defineTransmissionRule({
  meta: {
    id: "TDT-CLASSIFICATION",
    severity: "error",
    title: "Classification en matière et sous-matière de la préfecture",
    ref: ENVELOPE_REF,
    verification: "D",
    messages: {
      absent:
        "Classification absente : choisissez la matière et la sous-matière de l'acte (par exemple « 7.1 Décisions budgétaires »).",
      matiere: "La classification « {code} » n'est qu'une matière : précisez la sous-matière ({exemples}…).",
      inconnue:
        "La classification « {code} » n'existe pas dans la nomenclature de la préfecture (version {version}) : choisissez une sous-matière de la liste.",
    },
    note: "La nomenclature est celle que la commune a chargée (fichier de classification de sa préfecture), à défaut la nomenclature de base.",
  },
  check({ record, classification }, { report }) {
    const code = record.classification?.trim();
    if (!code) {
      report({ messageId: "absent" });
      return;
    }
    if (findClassification(classification, code)) return;
    const matiere = classification.matieres.find((m) => m.code === code);
    if (matiere && matiere.sousMatieres.length > 0) {
      const exemples = matiere.sousMatieres
        .slice(0, 3)
        .map((s) => `${s.code} ${s.libelle}`)
        .join(", ");
      report({ messageId: "matiere", data: { code, exemples } });
      return;
    }
    report({ messageId: "inconnue", data: { code, version: classification.version } });
  },
});
