import { NATURE_CHOICES } from "@shared/data/schema";
import type { Finding } from "@shared/domain/rules";
import type { ActRecord, ClassificationTable, DossierFile } from "@shared/domain/transmission";
import { checkTransmission, envelopeReady, NATURE_CODES } from "@shared/domain/transmission";
import type { DossierPart } from "@shared/documents/transmission-dossier";
import type { ActeRecord, CommuneRecord } from "../../app/data/ports";
import type { WriteResult } from "../../app/data/writer";
import { acteRecordOf } from "./acte-record";

/** A file chosen in the form: its bytes when it is small enough to go in a dossier, its size in any case. */
export interface ChosenFile {
  readonly name: string;
  readonly role: DossierFile["role"];
  readonly size: number;
  readonly mediaType?: string;
  readonly bytes?: Uint8Array;
}

/** The envelope as typed in the form, before it becomes the act's record. */
export interface EnvelopeInput {
  readonly numero: string;
  readonly nature: string;
  readonly classification: string;
}

export const envelopeInputOf = (acte: ActeRecord): EnvelopeInput => ({
  numero: acte.numero ?? "",
  nature: acte.natureActes ?? (acte.type === "deliberation" ? "1" : ""),
  classification: acte.classification ?? "",
});

export const sousMatieres = (table: ClassificationTable) =>
  table.matieres.flatMap((m) =>
    m.sousMatieres.map((s) => ({ code: s.code, label: `${s.code} ${m.libelle} / ${s.libelle}` })),
  );

/** A new signed act replaces the previous one and goes first; annexes keep their place after it. */
export const withActe = (current: readonly ChosenFile[], chosen: readonly ChosenFile[]): ChosenFile[] => [
  ...chosen,
  ...current.filter((f) => f.role !== "acte"),
];

/** Chosen annexes replace the previous ones; the act stays. */
export const withAnnexes = (current: readonly ChosenFile[], chosen: readonly ChosenFile[]): ChosenFile[] => [
  ...current.filter((f) => f.role === "acte"),
  ...chosen,
];

export interface EnvelopeCheck {
  readonly record: ActRecord;
  readonly findings: Finding[];
  /** No defect left and every file read: the zip can be built. */
  readonly ready: boolean;
}

/** The act's record as the form makes it, and every TDT defect of it against the commune's nomenclature. */
export function checkEnvelope(
  acte: ActeRecord,
  commune: CommuneRecord | undefined,
  files: readonly ChosenFile[],
  input: EnvelopeInput,
  context: { readonly today: string; readonly otherNumeros: readonly string[]; readonly table: ClassificationTable },
): EnvelopeCheck {
  const natureCode = NATURE_CODES.find((c) => String(c) === input.nature);
  const record = {
    ...acteRecordOf(acte, commune, files),
    numero: input.numero,
    ...(natureCode !== undefined ? { nature: natureCode } : {}),
    classification: input.classification,
  };
  const findings = checkTransmission(record, {
    today: context.today,
    otherNumeros: context.otherNumeros,
    classification: context.table,
  });
  return { record, findings, ready: envelopeReady(findings) && files.every((f) => f.bytes !== undefined) };
}

/** The files that go into the zip: those read (a file above the limit never is, and TDT-TAILLE names it). */
export const dossierParts = (files: readonly ChosenFile[]): DossierPart[] =>
  files.flatMap((f) =>
    f.bytes ? [{ name: f.name, role: f.role, bytes: f.bytes, ...(f.mediaType ? { mediaType: f.mediaType } : {}) }] : [],
  );

/** The envelope typed here, as the patch of the act's record (a nature outside the list's choices is left out). */
export function envelopePatch(input: EnvelopeInput) {
  const natureChoice = NATURE_CHOICES.find((c) => c === input.nature);
  return {
    numero: input.numero,
    classification: input.classification,
    ...(natureChoice ? { natureActes: natureChoice } : {}),
  };
}

/** What became of the record's save, said after the dossier's own message. */
const SAVE_NOTES = {
  saved: "",
  queued: " La fiche de l'acte sera enregistrée dès que la connexion le permet.",
  conflict: " La fiche de l'acte a été modifiée entre-temps : rechargez pour voir la version enregistrée.",
  rejected: " La fiche de l'acte n'a pas pu être enregistrée : vérifiez vos droits sur la liste Actes.",
} as const;

export const exportedMessage = (fileName: string, saved: WriteResult<unknown>["status"]): string =>
  `Dossier « ${fileName} » prêt à déposer sur la plateforme de télétransmission.${SAVE_NOTES[saved]}`;
