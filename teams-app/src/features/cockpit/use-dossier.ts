import { useState } from "react";
import { NATURE_CHOICES } from "@shared/data/schema";
import type { Finding } from "@shared/domain/rules";
import type { DossierFile } from "@shared/domain/transmission";
import { checkTransmission, envelopeReady, NATURE_CODES } from "@shared/domain/transmission";
import { buildTransmissionDossier } from "@shared/documents/transmission-dossier";
import type { ActeRecord, CommuneRecord } from "../../app/data/ports";
import { useServices } from "../../app/services";
import { useWrite } from "../seance/use-write";
import { acteRecordOf } from "./acte-record";
import type { ChosenFile } from "./dossier";
import { allRead, dossierParts, fitsDossier, initialNature, SAVE_NOTES, withActe, withAnnexes } from "./dossier";

function readFile(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new Error(`Le fichier « ${file.name} » n'a pas pu être lu.`));
    reader.readAsArrayBuffer(file);
  });
}

/** Above the envelope's limit a file is not read: TDT-TAILLE names it from its size, and nothing is exported. */
async function choose(files: FileList | null, role: DossierFile["role"]): Promise<ChosenFile[]> {
  return Promise.all(
    [...(files ?? [])].map(async (file) => ({
      name: file.name,
      role,
      size: file.size,
      ...(file.type ? { mediaType: file.type } : {}),
      ...(fitsDossier(file.size) ? { bytes: await readFile(file) } : {}),
    })),
  );
}

function saveZip(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/zip" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  // The browser has the file once the click is handled; the URL would only hold the memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface DossierInput {
  readonly acte: ActeRecord;
  readonly commune: CommuneRecord | undefined;
  readonly otherNumeros: readonly string[];
  readonly today: string;
}

/**
 * The state of an act's télétransmission dossier: the envelope typed, the files chosen, the TDT defects read on every
 * change, and the two actions (convert the library's act to PDF, export the zip and save the envelope on the record).
 */
export function useDossier({ acte, commune, otherNumeros, today }: DossierInput) {
  const { pdf, documents } = useServices();
  const { busy, write } = useWrite();
  const [numero, setNumero] = useState(acte.numero ?? "");
  const [nature, setNature] = useState(initialNature(acte));
  const [classification, setClassification] = useState(acte.classification ?? "");
  const [files, setFiles] = useState<readonly ChosenFile[]>([]);
  const [message, setMessage] = useState<{ readonly intent: "error" | "success"; readonly text: string }>();
  const [working, setWorking] = useState(false);
  const natureCode = NATURE_CODES.find((c) => String(c) === nature);
  const natureChoice = NATURE_CHOICES.find((c) => c === nature);
  const record = {
    ...acteRecordOf(acte, commune, files),
    numero,
    ...(natureCode !== undefined ? { nature: natureCode } : {}),
    classification,
  };
  const findings: Finding[] = checkTransmission(record, { today, otherNumeros });
  const ready = envelopeReady(findings) && allRead(files);
  const attempt = async (task: () => Promise<string>) => {
    setWorking(true);
    try {
      setMessage({ intent: "success", text: await task() });
    } catch (error) {
      setMessage({ intent: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setWorking(false);
    }
  };
  const convert = () =>
    attempt(async () => {
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
  const exportDossier = () =>
    attempt(async () => {
      const result = await buildTransmissionDossier({
        record,
        parts: dossierParts(files),
        commune: { nom: commune?.nom ?? "", ...(commune?.codeInsee ? { codeInsee: commune.codeInsee } : {}) },
        today,
        otherNumeros,
      });
      if (!result.ok) throw new Error("Le dossier n'est pas prêt : corrigez les défauts listés.");
      // The envelope typed here becomes the act's record, so the next dossier and the registre read the same.
      const saved = await write("actes", {
        kind: "update",
        id: acte.id,
        eTag: acte.eTag,
        patch: { numero, classification, ...(natureChoice ? { natureActes: natureChoice } : {}) },
      });
      saveZip(result.zip, result.fileName);
      return `Dossier « ${result.fileName} » prêt à déposer sur la plateforme de télétransmission.${SAVE_NOTES[saved.status]}`;
    });
  const chooseActe = (list: FileList | null) =>
    void choose(list, "acte").then((chosen) => setFiles((current) => withActe(current, chosen)));
  const chooseAnnexes = (list: FileList | null) =>
    void choose(list, "annexe").then((chosen) => setFiles((current) => withAnnexes(current, chosen)));
  return {
    envelope: { numero, nature, classification },
    setNumero,
    setNature,
    setClassification,
    files,
    findings,
    ready,
    message,
    working,
    busy,
    convert,
    exportDossier,
    chooseActe,
    chooseAnnexes,
  };
}
