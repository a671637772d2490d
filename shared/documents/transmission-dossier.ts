import JSZip from "jszip";
import type { Finding } from "@shared/domain/rules";
import type { ActRecord, ClassificationTable, DossierFile } from "@shared/domain/transmission";
import {
  BASE_CLASSIFICATION,
  checkTransmission,
  envelopeNumero,
  envelopeReady,
  findClassification,
  hasPdfSignature,
  NATURES_ACTES,
} from "@shared/domain/transmission";

/** A file of the dossier with its bytes: the signed act as PDF, or an annex. */
export interface DossierPart {
  readonly name: string;
  readonly role: DossierFile["role"];
  readonly bytes: Uint8Array;
  readonly mediaType?: string;
}

export interface DossierInput {
  /** The act's record; its files are the parts given here. */
  readonly record: ActRecord;
  readonly parts: readonly DossierPart[];
  readonly commune: { readonly nom: string; readonly codeInsee?: string };
  readonly today: string;
  readonly classification?: ClassificationTable;
  readonly otherNumeros?: readonly string[];
}

/** The metadata the secretary types (or the tiers reads) when uploading the dossier, as written in manifeste.json. */
export interface DossierManifest {
  readonly format: "mairie-suite/dossier-actes/1";
  readonly commune: { readonly nom: string; readonly codeInsee?: string };
  readonly acte: {
    readonly type: ActRecord["type"];
    readonly numero: string;
    readonly objet: string;
    readonly date: string;
    readonly nature: { readonly code: number; readonly libelle: string };
    readonly classification: { readonly code: string; readonly libelle: string; readonly version: string };
  };
  readonly fichiers: readonly { readonly nom: string; readonly role: DossierFile["role"]; readonly taille: number }[];
  readonly prepareLe: string;
}

export type DossierResult =
  | { readonly ok: false; readonly findings: Finding[] }
  | {
      readonly ok: true;
      readonly findings: Finding[];
      readonly fileName: string;
      readonly zip: Uint8Array;
      readonly manifest: DossierManifest;
    };

/** A name any file system and any tiers accept: no path, no control character, no sign outside a plain set. */
function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^0-9A-Za-z._-]+/g, "_")
    .replace(/^[._]+/, "")
    .slice(0, 100);
  return clean === "" ? "fichier.pdf" : clean;
}

function manifestOf(input: DossierInput, record: ActRecord, names: readonly string[]): DossierManifest | undefined {
  const table = input.classification ?? BASE_CLASSIFICATION;
  const { numero, objet, date, nature, classification } = record;
  const entry = classification ? findClassification(table, classification) : undefined;
  if (!numero || !objet || !date || nature === undefined || !entry) return undefined;
  return {
    format: "mairie-suite/dossier-actes/1",
    commune: { nom: input.commune.nom, ...(input.commune.codeInsee ? { codeInsee: input.commune.codeInsee } : {}) },
    acte: {
      type: record.type,
      numero,
      objet,
      date,
      nature: { code: nature, libelle: NATURES_ACTES[nature] },
      classification: { code: entry.code, libelle: entry.libelle, version: table.version },
    },
    fichiers: record.documents.map((d, i) => ({ nom: names[i] ?? d.name, role: d.role, taille: d.size })),
    prepareLe: input.today,
  };
}

/** The same metadata as a text a person reads beside the upload form of the tiers de télétransmission. */
function readme(manifest: DossierManifest): string {
  const { acte } = manifest;
  return [
    `Dossier de télétransmission — ${manifest.commune.nom}`,
    "",
    `Numéro de l'acte : ${acte.numero}`,
    `Objet : ${acte.objet}`,
    `Date de la décision : ${acte.date}`,
    `Nature : ${acte.nature.code} ${acte.nature.libelle}`,
    `Classification : ${acte.classification.code} ${acte.classification.libelle}`,
    "",
    "Fichiers :",
    ...manifest.fichiers.map((f) => `- ${f.nom} (${f.role === "acte" ? "acte" : "annexe"}, ${f.taille} octets)`),
    "",
    `Préparé le ${manifest.prepareLe}. Après l'envoi, enregistrez la date et l'identifiant de l'accusé de réception.`,
    "",
  ].join("\r\n");
}

/**
 * The dossier a tiers de télétransmission accepts by upload: the act's PDF first, its annexes, `manifeste.json` and
 * `LISEZMOI.txt`, in a folder named after the envelope's numéro. Built only when every TDT rule passes: otherwise
 * the findings name each defect and nothing is produced.
 */
export async function buildTransmissionDossier(input: DossierInput): Promise<DossierResult> {
  const ordered = [...input.parts].sort((a, b) => Number(b.role === "acte") - Number(a.role === "acte"));
  const documents: DossierFile[] = ordered.map((part) => ({
    name: part.name,
    size: part.bytes.length,
    role: part.role,
    ...(part.mediaType ? { mediaType: part.mediaType } : {}),
    pdfSignature: hasPdfSignature(part.bytes),
  }));
  const record: ActRecord = { ...input.record, documents };
  const findings = checkTransmission(record, {
    today: input.today,
    ...(input.classification ? { classification: input.classification } : {}),
    ...(input.otherNumeros ? { otherNumeros: input.otherNumeros } : {}),
  });
  if (!record.transmissible || !envelopeReady(findings)) return { ok: false, findings };
  const numero = envelopeNumero(record.numero ?? "");
  const names = ordered.map((part, i) => `${String(i + 1).padStart(2, "0")}-${part.role}-${safeName(part.name)}`);
  const manifest = manifestOf(input, record, names);
  if (!manifest) return { ok: false, findings };
  const zip = new JSZip();
  // Every entry dated the day the dossier is prepared, none by the clock: the same dossier gives the same archive.
  const options = { createFolders: false, date: new Date(`${input.today}T12:00:00Z`) };
  ordered.forEach((part, i) =>
    zip.file(`${numero}/${names[i] ?? safeName(part.name)}`, part.bytes, { ...options, binary: true }),
  );
  zip.file(`${numero}/manifeste.json`, `${JSON.stringify(manifest, null, 2)}\n`, options);
  zip.file(`${numero}/LISEZMOI.txt`, readme(manifest), options);
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { ok: true, findings, fileName: `dossier-${numero}.zip`, zip: bytes, manifest };
}
