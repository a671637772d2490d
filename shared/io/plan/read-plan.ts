import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { formatPlanIssue } from "../../domain/subsidies";
import { PlanReadError } from "./errors";
import type { PlanSource } from "./plan-source";
import { validPlan } from "./plan-source";
import { readPlanWorkbook } from "./read-plan-sheet";

/** Reads a plan written as JSON (the shape of shared/domain/subsidies/plan-schema.ts). */
export function readPlanJson(text: string, file: string): PlanSource {
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
    data = await readFile(file);
  } catch (error) {
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
