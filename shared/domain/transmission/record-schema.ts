import { z } from "zod";
import { frenchIssue } from "../common/zod-french";
import { BUDGET_DOCUMENTS } from "../calendar";
import { ACT_NATURES } from "../common/executoire";
import { isIsoDate } from "../common/iso-date";
import { PUBLICATION_MODES } from "../commune/profile";
import type { ActRecord } from "./model";

/**
 * An act's record as a file or a list item gives it, validated at the boundary. The bounds are wide enough for the
 * TDT rules to name a defect (a 600-character objet is read, then TDT-OBJET says it is too long) and narrow enough
 * that no input can make the check slow.
 */
export const RECORD_LIMITS = {
  text: 5000,
  numero: 100,
  documents: 200,
  fileName: 255,
  fileSize: 2 ** 40,
  otherNumeros: 100_000,
} as const;

const isoDate = z.string().refine(isIsoDate, "date attendue au format AAAA-MM-JJ");

const file = z.object({
  name: z.string().trim().min(1).max(RECORD_LIMITS.fileName),
  size: z.number().int().nonnegative().max(RECORD_LIMITS.fileSize),
  role: z.enum(["acte", "annexe"]),
  mediaType: z.string().max(200).optional(),
  pdfSignature: z.boolean().optional(),
});

/** Every field optional: the record may be incomplete, and the TDT rules say what is missing. */
export const recordPatchSchema = z
  .object({
    type: z.enum(["deliberation", "arrete"]),
    numero: z.string().max(RECORD_LIMITS.numero),
    objet: z.string().max(RECORD_LIMITS.text),
    date: isoDate,
    // Read as any integer so that TDT-NATURE, not the reader, names a nature outside 1 to 6.
    nature: z.number().int().min(-1000).max(1000),
    classification: z.string().max(20),
    transmissible: z.boolean(),
    portee: z.enum(ACT_NATURES),
    publication: z.enum(PUBLICATION_MODES),
    documents: z.array(file).max(RECORD_LIMITS.documents),
    budget: z.object({
      document: z.enum(BUDGET_DOCUMENTS),
      exercice: z.number().int().min(1980).max(2200),
    }),
    transmisLe: isoDate,
    arId: z.string().max(RECORD_LIMITS.numero),
    arLe: isoDate,
    publieLe: isoDate,
    publicationRetireeLe: isoDate,
    notifieLe: isoDate,
    observationsLe: isoDate,
    reponseObservationsLe: isoDate,
    // Not the act's: the numéros of the commune's other acts, for TDT-NUMERO-UNIQUE.
    autresNumeros: z.array(z.string().max(RECORD_LIMITS.numero)).max(RECORD_LIMITS.otherNumeros),
  })
  .partial()
  .strict();

export type RecordPatch = Omit<z.infer<typeof recordPatchSchema>, "autresNumeros">;

export type RecordPatchParse =
  | { readonly ok: true; readonly patch: RecordPatch; readonly otherNumeros: readonly string[] }
  | { readonly ok: false; readonly message: string };

export function parseRecordPatch(input: unknown): RecordPatchParse {
  const parsed = recordPatchSchema.safeParse(input, { error: frenchIssue });
  if (parsed.success) {
    const { autresNumeros, ...patch } = parsed.data;
    return { ok: true, patch, otherNumeros: autresNumeros ?? [] };
  }
  const issue = parsed.error.issues[0];
  const where = issue?.path.join(".") || "fiche";
  return { ok: false, message: `Fiche de l'acte illisible (${where}) : ${issue?.message ?? "valeur refusée"}.` };
}

/** The record the act's text prefilled, completed by what the secretary entered: her values win. */
export function applyRecordPatch(record: ActRecord, patch: RecordPatch): ActRecord {
  const { nature, ...rest } = patch;
  // The nature is any integer here; TDT-NATURE reads the field as unknown and names one outside 1 to 6.
  return { ...record, ...rest, ...(nature !== undefined ? { nature: nature as ActRecord["nature"] } : {}) };
}
