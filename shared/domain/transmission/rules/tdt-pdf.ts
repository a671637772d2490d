import { ENVELOPE_REF } from "../envelope";
import type { DossierFile } from "../model";
import { defineTransmissionRule } from "../rule-support/support";

function isPdf(file: DossierFile): boolean {
  if (file.pdfSignature === false) return false;
  const typed = file.mediaType === undefined || file.mediaType.toLowerCase() === "application/pdf";
  return typed && /\.pdf$/i.test(file.name);
}

export default defineTransmissionRule({
  meta: {
    id: "TDT-PDF",
    severity: "error",
    title: "Acte et annexes en PDF",
    ref: ENVELOPE_REF,
    verification: "D",
    messages: {
      sansActe: "Le dossier ne contient pas l'acte lui-même : ajoutez l'acte signé en PDF.",
      plusieursActes:
        "Le dossier contient {count} fichiers désignés comme l'acte : un seul est l'acte, les autres sont des annexes.",
      pasPdf: "« {name} » n'est pas un PDF : convertissez-le en PDF (Word : Fichier › Exporter) avant l'envoi.",
    },
    note: "Un fichier est un PDF quand son nom finit par .pdf, que son type (s'il est connu) est application/pdf et que ses premiers octets (s'ils ont été lus) sont « %PDF- ».",
  },
  check({ record }, { report }) {
    const actes = record.documents.filter((d) => d.role === "acte");
    if (actes.length === 0) report({ messageId: "sansActe" });
    if (actes.length > 1) report({ messageId: "plusieursActes", data: { count: actes.length } });
    for (const file of record.documents)
      if (!isPdf(file)) report({ messageId: "pasPdf", data: { name: file.name }, at: { path: file.name } });
  },
});
