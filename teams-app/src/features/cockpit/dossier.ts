import type { DossierFile } from "@shared/domain/transmission";
import { BASE_CLASSIFICATION, DOSSIER_MAX_BYTES } from "@shared/domain/transmission";
import type { DossierPart } from "@shared/documents/transmission-dossier";
import type { ActeRecord } from "../../app/data/ports";

/** A file chosen in the form: its bytes when it is small enough to go in a dossier, its size in any case. */
export interface ChosenFile {
  readonly name: string;
  readonly role: DossierFile["role"];
  readonly size: number;
  readonly mediaType?: string;
  readonly bytes?: Uint8Array;
}

/** What became of the record's save, said after the dossier's own message. */
export const SAVE_NOTES = {
  saved: "",
  queued: " La fiche de l'acte sera enregistrée dès que la connexion le permet.",
  conflict: " La fiche de l'acte a été modifiée entre-temps : rechargez pour voir la version enregistrée.",
  rejected: " La fiche de l'acte n'a pas pu être enregistrée : vérifiez vos droits sur la liste Actes.",
} as const;

export const SOUS_MATIERES = BASE_CLASSIFICATION.matieres.flatMap((m) =>
  m.sousMatieres.map((s) => ({ code: s.code, label: `${s.code} ${m.libelle} / ${s.libelle}` })),
);

/** The nature offered first: the record's, else « 1 » (délibération) for a délibération, else none. */
export const initialNature = (acte: Pick<ActeRecord, "natureActes" | "type">): string =>
  acte.natureActes ?? (acte.type === "deliberation" ? "1" : "");

/** The signed act is one file: a new one replaces the previous, and stays first. */
export const withActe = (current: readonly ChosenFile[], chosen: readonly ChosenFile[]): ChosenFile[] => [
  ...chosen,
  ...current.filter((f) => f.role !== "acte"),
];

/** A new choice of annexes replaces the previous annexes, after the act. */
export const withAnnexes = (current: readonly ChosenFile[], chosen: readonly ChosenFile[]): ChosenFile[] => [
  ...current.filter((f) => f.role === "acte"),
  ...chosen,
];

/** Above the envelope's limit a file is not read, so a dossier can be exported only once every file was. */
export const allRead = (files: readonly ChosenFile[]): boolean => files.every((f) => f.bytes !== undefined);

/** The parts of the zip: the files that were read. */
export const dossierParts = (files: readonly ChosenFile[]): DossierPart[] =>
  files.flatMap((f) =>
    f.bytes ? [{ name: f.name, role: f.role, bytes: f.bytes, ...(f.mediaType ? { mediaType: f.mediaType } : {}) }] : [],
  );

/** Whether a file of this size is read into the dossier (TDT-TAILLE names the others from their size). */
export const fitsDossier = (size: number): boolean => size <= DOSSIER_MAX_BYTES;
