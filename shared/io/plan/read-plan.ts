import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { formatPlanIssue } from "@shared/domain/subsidies";
import { nestsDeeperThan } from "../json-depth";
import { PlanReadError } from "./errors";
import type { PlanSource } from "./plan-source";
import { validPlan } from "./plan-source";
import { readPlanWorkbook } from "./read-plan-sheet";

/** A financing plan is a few kilobytes of JSON; anything past this is not one. */
export const MAX_PLAN_JSON_BYTES = 1024 * 1024;
/** A plan nests four levels deep (plan, funders, one funder, its fields); a margin, then refused before parsing. */
const MAX_PLAN_JSON_DEPTH = 32;

const tooLarge = (file: string, bytes: number): PlanReadError =>
  new PlanReadError(
    `${file} : fichier trop volumineux (${bytes} octets ; un plan de financement en JSON fait au plus 1 Mo).`,
  );

/** Reads a plan written as JSON (the shape of shared/domain/subsidies/plan-schema.ts). */
export function readPlanJson(text: string, file: string): PlanSource {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_PLAN_JSON_BYTES) throw tooLarge(file, bytes);
  if (nestsDeeperThan(text, MAX_PLAN_JSON_DEPTH))
    throw new PlanReadError(
      `${file} : JSON imbriqué sur plus de ${MAX_PLAN_JSON_DEPTH} niveaux, ce n'est pas un plan de financement.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PlanReadError(
      `${file} n'est pas un JSON valide (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const plan = validPlan(json, (issue) =>
    issue.path ? `${file}, champ ${formatPlanIssue(issue)}` : `${file} : ${issue.message}`,
  );
  return { plan, cells: {} };
}

/** Reads a plan from a .json file or from the plan sheet of an .xlsx workbook. */
export async function readPlanFile(file: string): Promise<PlanSource> {
  const extension = extname(file).toLowerCase();
  if (extension !== ".json" && extension !== ".xlsx") {
    throw new PlanReadError(`${file} : format non pris en charge (plan de financement en .json ou .xlsx attendu).`);
  }
  let data: Buffer;
  try {
    // The size is checked before reading: a huge file is refused without being loaded.
    if (extension === ".json") {
      const { size } = await stat(file);
      if (size > MAX_PLAN_JSON_BYTES) throw tooLarge(file, size);
    }
    data = await readFile(file);
  } catch (error) {
    if (error instanceof PlanReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new PlanReadError(
      code === "ENOENT" ? `Fichier introuvable : ${file}.` : `${file} n'a pas pu être lu (${code ?? String(error)}).`,
    );
  }
  if (extension === ".json") return readPlanJson(data.toString("utf8"), file);
  const bytes = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  try {
    return await readPlanWorkbook(bytes as ArrayBuffer);
  } catch (error) {
    if (error instanceof PlanReadError) throw new PlanReadError(`${file} : ${error.message}`);
    throw error;
  }
}
