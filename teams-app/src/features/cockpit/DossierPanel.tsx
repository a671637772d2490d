import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { NATURE_CHOICES } from "@shared/data/schema";
import type { Finding } from "@shared/domain/rules";
import type { DossierFile } from "@shared/domain/transmission";
import {
  BASE_CLASSIFICATION,
  checkTransmission,
  DOSSIER_MAX_BYTES,
  envelopeReady,
  NATURE_CODES,
  NATURES_ACTES,
} from "@shared/domain/transmission";
import type { DossierPart } from "@shared/documents/transmission-dossier";
import { buildTransmissionDossier } from "@shared/documents/transmission-dossier";
import { FindingsList } from "@shared/ui/components/FindingsList";
import type { ActeRecord, CommuneRecord } from "../../app/data/ports";
import { acteRecordOf } from "./acte-record";
import { useServices } from "../../app/services";
import { useWrite } from "../seance/use-write";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  file: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

/** A file chosen in the form: its bytes when it is small enough to go in a dossier, its size in any case. */
interface ChosenFile {
  readonly name: string;
  readonly role: DossierFile["role"];
  readonly size: number;
  readonly mediaType?: string;
  readonly bytes?: Uint8Array;
}

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
      ...(file.size <= DOSSIER_MAX_BYTES ? { bytes: await readFile(file) } : {}),
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

/** What became of the record's save, said after the dossier's own message. */
const SAVE_NOTES = {
  saved: "",
  queued: " La fiche de l'acte sera enregistrée dès que la connexion le permet.",
  conflict: " La fiche de l'acte a été modifiée entre-temps : rechargez pour voir la version enregistrée.",
  rejected: " La fiche de l'acte n'a pas pu être enregistrée : vérifiez vos droits sur la liste Actes.",
} as const;

const SOUS_MATIERES = BASE_CLASSIFICATION.matieres.flatMap((m) =>
  m.sousMatieres.map((s) => ({ code: s.code, label: `${s.code} ${m.libelle} / ${s.libelle}` })),
);

export interface DossierPanelProps {
  readonly acte: ActeRecord;
  readonly commune: CommuneRecord | undefined;
  readonly otherNumeros: readonly string[];
  readonly today: string;
}

/**
 * The act's télétransmission dossier: its envelope (numéro, nature, classification), the signed act as PDF (Graph's
 * conversion of the library's file, or a PDF chosen here) and its annexes, every TDT defect named as it is typed,
 * and the zip to upload to the tiers de télétransmission, offered only once no defect is left.
 */
export function DossierPanel({ acte, commune, otherNumeros, today }: DossierPanelProps) {
  const styles = useStyles();
  const { pdf, documents } = useServices();
  const { busy, write } = useWrite();
  const [numero, setNumero] = useState(acte.numero ?? "");
  const [nature, setNature] = useState(acte.natureActes ?? (acte.type === "deliberation" ? "1" : ""));
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
  const ready = envelopeReady(findings) && files.every((f) => f.bytes !== undefined);
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
      setFiles((current) => [
        { name, role: "acte", size: bytes.length, mediaType: "application/pdf", bytes },
        ...current.filter((f) => f.role !== "acte"),
      ]);
      return `Acte converti en PDF : « ${name} ».`;
    });
  const exportDossier = () =>
    attempt(async () => {
      const parts: DossierPart[] = files.flatMap((f) =>
        f.bytes
          ? [{ name: f.name, role: f.role, bytes: f.bytes, ...(f.mediaType ? { mediaType: f.mediaType } : {}) }]
          : [],
      );
      const result = await buildTransmissionDossier({
        record,
        parts,
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
  return (
    <div className={styles.root} role="group" aria-label="Dossier de télétransmission">
      <div className={styles.row}>
        <Field label="Numéro (@CTES)" size="small">
          <Input size="small" value={numero} maxLength={100} onChange={(_e, d) => setNumero(d.value)} />
        </Field>
        <Field label="Nature" size="small">
          <Select size="small" value={nature} onChange={(_e, d) => setNature(d.value)}>
            <option value="">—</option>
            {NATURE_CODES.map((c) => (
              <option key={c} value={String(c)}>{`${c} ${NATURES_ACTES[c]}`}</option>
            ))}
          </Select>
        </Field>
        <Field label="Classification" size="small">
          <Select size="small" value={classification} onChange={(_e, d) => setClassification(d.value)}>
            <option value="">—</option>
            {SOUS_MATIERES.map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Button size="small" disabled={working} onClick={() => void convert()}>
          Convertir l'acte de la bibliothèque en PDF
        </Button>
        <label className={styles.file}>
          <Caption1>Ou l'acte signé (PDF)</Caption1>
          <input
            type="file"
            accept="application/pdf,.pdf"
            onChange={(e) => {
              void choose(e.target.files, "acte").then((chosen) =>
                setFiles((current) => [...chosen, ...current.filter((f) => f.role !== "acte")]),
              );
            }}
          />
        </label>
        <label className={styles.file}>
          <Caption1>Annexes (PDF)</Caption1>
          <input
            type="file"
            multiple
            accept="application/pdf,.pdf"
            onChange={(e) => {
              void choose(e.target.files, "annexe").then((chosen) =>
                setFiles((current) => [...current.filter((f) => f.role === "acte"), ...chosen]),
              );
            }}
          />
        </label>
      </div>
      {files.length > 0 && <Caption1>{`Fichiers : ${files.map((f) => f.name).join(", ")}`}</Caption1>}
      <Text weight="semibold">{ready ? "Enveloppe complète." : "À corriger avant l'envoi :"}</Text>
      <FindingsList findings={findings} label="Défauts de l'enveloppe" />
      <div>
        <Button appearance="primary" disabled={!ready || working || busy} onClick={() => void exportDossier()}>
          Télécharger le dossier (.zip)
        </Button>
      </div>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
