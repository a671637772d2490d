import { useState } from "react";
import { saveClassification, sizeRefusal } from "@shared/data/drive/classification-file";
import { buildTransmissionDossier } from "@shared/documents/transmission-dossier";
import { useAction } from "@shared/ui/hooks/use-action";
import type { ActeRecord, CommuneRecord } from "../../app/data/ports";
import { useServices } from "../../app/services";
import { useWrite } from "../seance/use-write";
import type { ChosenFile, EnvelopeInput } from "./dossier-envelope";
import {
  checkEnvelope,
  dossierParts,
  envelopeInputOf,
  envelopePatch,
  exportedMessage,
  sousMatieres,
  withActe,
} from "./dossier-envelope";
import { readFile, saveZip } from "./dossier-files";
import { useClassification } from "./use-classification";

export interface DossierContext {
  readonly acte: ActeRecord;
  readonly commune: CommuneRecord | undefined;
  readonly otherNumeros: readonly string[];
  readonly today: string;
}

/**
 * The dossier's form: the envelope typed, the files chosen, their defects, and the three actions (convert the
 * library's act, import the préfecture's nomenclature, export the zip), each saying its outcome in French.
 */
export function useDossier({ acte, commune, otherNumeros, today }: DossierContext) {
  const { pdf, documents, publications } = useServices();
  const nomenclature = useClassification(commune?.id);
  const { busy, write } = useWrite();
  const [input, setInput] = useState<EnvelopeInput>(() => envelopeInputOf(acte));
  const [files, setFiles] = useState<readonly ChosenFile[]>([]);
  const [outcome, run] = useAction<string>();
  const check = checkEnvelope(acte, commune, files, input, { today, otherNumeros, table: nomenclature.table });
  const edit = (change: Partial<EnvelopeInput>) => setInput((current) => ({ ...current, ...change }));
  const convert = () =>
    run(async () => {
      if (!pdf || !documents || !acte.seance || !acte.point)
        throw new Error("Aucun projet d'acte de la bibliothèque n'est lié à cet acte : joignez le PDF signé.");
      const projet = (await documents.listSeance(acte.seance)).find(
        (f) => f.columns.point === acte.point && f.columns.type === "projet-deliberation",
      );
      if (!projet) throw new Error("Le projet d'acte n'est plus dans le dossier de la séance : joignez le PDF signé.");
      const bytes = await pdf.toPdf(projet.id);
      const name = `${projet.name.replace(/\.docx$/i, "")}.pdf`;
      setFiles((current) =>
        withActe(current, [{ name, role: "acte", size: bytes.length, mediaType: "application/pdf", bytes }]),
      );
      return `Acte converti en PDF : « ${name} ».`;
    });
  const importNomenclature = (file: File | undefined) =>
    run(async () => {
      if (!file) return "Aucun fichier choisi.";
      if (!publications || !commune) throw new Error("La bibliothèque « Publications » n'est pas accessible d'ici.");
      // Not even read above its bound.
      const large = sizeRefusal(file.size);
      if (large) throw new Error(large);
      const read = await saveClassification(publications, commune.id, await readFile(file));
      if (!read.ok) throw new Error(read.message);
      nomenclature.adopt(read.table);
      const count = sousMatieres(read.table).length;
      return `Nomenclature « ${read.table.version} » enregistrée pour la commune : ${count} sous-matière(s).`;
    });
  const exportDossier = () =>
    run(async () => {
      const result = await buildTransmissionDossier({
        record: check.record,
        parts: dossierParts(files),
        commune: { nom: commune?.nom ?? "", ...(commune?.codeInsee ? { codeInsee: commune.codeInsee } : {}) },
        today,
        otherNumeros,
      });
      if (!result.ok) throw new Error("Le dossier n'est pas prêt : corrigez les défauts listés.");
      // The envelope typed here becomes the act's record, so the next dossier and the registre read the same.
      const saved = await write("actes", { kind: "update", id: acte.id, eTag: acte.eTag, patch: envelopePatch(input) });
      saveZip(result.zip, result.fileName);
      return exportedMessage(result.fileName, saved.status);
    });
  return {
    input,
    edit,
    files,
    setFiles,
    check,
    nomenclature,
    outcome,
    working: outcome.status === "busy",
    saving: busy,
    convert,
    importNomenclature,
    exportDossier,
  };
}
