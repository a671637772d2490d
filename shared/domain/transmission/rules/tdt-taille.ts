import { DOSSIER_MAX_BYTES, ENVELOPE_REF, formatSize } from "../envelope";
import { defineTransmissionRule } from "../rule-support/support";

export default defineTransmissionRule({
  meta: {
    id: "TDT-TAILLE",
    severity: "error",
    title: "Taille totale du dossier sous la limite de la télétransmission",
    ref: ENVELOPE_REF,
    verification: "D",
    messages: {
      trop: "Le dossier pèse {total}, au-delà des {max} que la télétransmission accepte pour l'acte et ses annexes : réduisez les annexes (PDF compressé) ou envoyez-les sur papier.",
      vide: "« {name} » est vide (0 octet) : la préfecture recevrait un fichier illisible.",
    },
    note: "Limite de 150 Mo pour l'acte et ses annexes ensemble (Pastell, actes-generique : threshold_size 157286400).",
  },
  check({ record }, { report }) {
    for (const file of record.documents)
      if (file.size <= 0) report({ messageId: "vide", data: { name: file.name }, at: { path: file.name } });
    const total = record.documents.reduce((sum, file) => sum + Math.max(0, file.size), 0);
    if (total > DOSSIER_MAX_BYTES)
      report({ messageId: "trop", data: { total: formatSize(total), max: formatSize(DOSSIER_MAX_BYTES) } });
  },
});
