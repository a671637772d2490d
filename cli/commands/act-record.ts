import { readFile } from "node:fs/promises";
import type { ActSubject } from "@shared/domain/acts";
import { publicityMode } from "@shared/domain/common/executoire";
import type { Finding } from "@shared/domain/rules";
import { sortFindings } from "@shared/domain/rules";
import type { ClassificationTable } from "@shared/domain/transmission";
import { nestsDeeperThan } from "@shared/io/json-depth";
import { InputError } from "../command";

/** `--record fiche.json`: the act's record as the secretary filled it; `--classification` her prefecture's table. */
export const RECORD_OPTION = "--record";
export const CLASSIFICATION_OPTION = "--classification";

/** Bounds of the companion files, checked before parsing: a record is a few hundred bytes, a nomenclature some Ko. */
const MAX_BYTES = 2 * 1024 * 1024;
const MAX_DEPTH = 8;

async function readJson(file: string, option: string): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new InputError(`Fichier introuvable ou illisible pour ${option} : ${file}.`);
  }
  if (bytes.length > MAX_BYTES) throw new InputError(`${file} : fichier trop gros pour ${option} (2 Mo au plus).`);
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  if (nestsDeeperThan(text, MAX_DEPTH)) throw new InputError(`${file} : JSON trop imbriqué pour ${option}.`);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(
      `${file} n'est pas un JSON valide (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

export interface RecordCheck {
  /** The TDT findings on the record the act's text prefills and the file completes. */
  run(subject: ActSubject, population: number | undefined, today: string): Finding[];
}

/** Reads the companions once; undefined when `--record` is not given (check-act then does what it always did). */
export async function loadRecordCheck(
  companions: Readonly<Record<string, string>> | undefined,
): Promise<RecordCheck | undefined> {
  const recordFile = companions?.[RECORD_OPTION];
  const classificationFile = companions?.[CLASSIFICATION_OPTION];
  if (recordFile === undefined) {
    if (classificationFile !== undefined)
      throw new InputError(`L'option ${CLASSIFICATION_OPTION} s'emploie avec ${RECORD_OPTION} (la fiche de l'acte).`);
    return undefined;
  }
  // Loaded only with --record: the record's schema is zod, which a plain check-act would spend most of its start on.
  const { applyRecordPatch, checkTransmission, parseClassification, parseRecordPatch, recordFromAct } =
    await import("@shared/domain/transmission");
  const parsed = parseRecordPatch(await readJson(recordFile, RECORD_OPTION));
  if (!parsed.ok) throw new InputError(`${recordFile} : ${parsed.message}`);
  let classification: ClassificationTable | undefined;
  if (classificationFile !== undefined) {
    const table = parseClassification(await readJson(classificationFile, CLASSIFICATION_OPTION));
    if (!table.ok) throw new InputError(`${classificationFile} : ${table.message}`);
    classification = table.table;
  }
  return {
    run(subject, population, today) {
      const prefilled = recordFromAct(subject, publicityMode(population ?? 0));
      const record = applyRecordPatch(prefilled, parsed.patch);
      return checkTransmission(record, {
        today,
        otherNumeros: parsed.otherNumeros,
        ...(classification ? { classification } : {}),
      });
    },
  };
}

/** The act's findings and the record's, in the runner's order. */
export const withRecordFindings = (act: readonly Finding[], record: readonly Finding[]): Finding[] =>
  sortFindings([...act, ...record]);
