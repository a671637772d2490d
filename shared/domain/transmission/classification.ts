import { z } from "zod";
import { frenchIssue } from "../common/zod-french";
import base from "./data/classification-actes.json";

/**
 * The prefecture's nomenclature of matières and sous-matières. It is data, not code: each préfecture publishes its
 * own (the tiers de télétransmission hands it over as the « fichier de classification »), so the commune replaces
 * the base table shipped here by its own, read through `parseClassification`.
 */

/** A code such as « 7 », « 7.1 » or « 7.1.2 »: digits separated by dots, four levels at most. */
const CODE = /^[1-9]\d?(?:\.[1-9]\d?){0,3}$/;
/** Bounds of a table the commune supplies: the national table has 9 matières and about 60 sous-matières. */
export const CLASSIFICATION_LIMITS = { matieres: 50, sousMatieres: 200, libelle: 200 } as const;

const entry = z.object({
  code: z.string().regex(CODE, "code de classification attendu sous la forme « 7.1 »"),
  libelle: z.string().trim().min(1).max(CLASSIFICATION_LIMITS.libelle),
});

const tableSchema = z.object({
  source: z.string().max(2000).optional(),
  version: z.string().max(40),
  matieres: z
    .array(entry.extend({ sousMatieres: z.array(entry).max(CLASSIFICATION_LIMITS.sousMatieres) }))
    .min(1)
    .max(CLASSIFICATION_LIMITS.matieres),
});

export type ClassificationTable = z.infer<typeof tableSchema>;

export interface ClassificationEntry {
  readonly code: string;
  /** « Finances locales / Décisions budgétaires ». */
  readonly libelle: string;
}

export type ClassificationParse =
  { readonly ok: true; readonly table: ClassificationTable } | { readonly ok: false; readonly message: string };

/** Reads a table the commune supplies; a sous-matière outside its matière is refused, so a typo cannot pass. */
export function parseClassification(input: unknown): ClassificationParse {
  const parsed = tableSchema.safeParse(input, { error: frenchIssue });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") ?? "";
    return { ok: false, message: `Classification illisible${where ? ` (${where})` : ""} : ${issue?.message ?? ""}` };
  }
  for (const matiere of parsed.data.matieres) {
    const stray = matiere.sousMatieres.find((s) => !s.code.startsWith(`${matiere.code}.`));
    if (stray)
      return {
        ok: false,
        message: `Classification illisible : la sous-matière ${stray.code} n'appartient pas à la matière ${matiere.code}.`,
      };
  }
  return { ok: true, table: parsed.data };
}

const parsedBase = parseClassification(base);
if (!parsedBase.ok) throw new Error(parsedBase.message);

/** The national base table, until the commune loads its prefecture's. */
export const BASE_CLASSIFICATION: ClassificationTable = parsedBase.table;

/**
 * The entry a code designates. An envelope is classified at least down to the sous-matière: a bare matière
 * (« 7 ») is not a classification the préfecture accepts.
 */
export function findClassification(table: ClassificationTable, code: string): ClassificationEntry | undefined {
  for (const matiere of table.matieres) {
    const sous = matiere.sousMatieres.find((s) => s.code === code);
    if (sous) return { code, libelle: `${matiere.libelle} / ${sous.libelle}` };
  }
  return undefined;
}
