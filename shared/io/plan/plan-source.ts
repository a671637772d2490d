import type { FinancingPlan, PlanIssue } from "@shared/domain/subsidies";
import { parsePlan } from "@shared/domain/subsidies";
import { PlanReadError } from "./errors";

/** A plan and, for a workbook, the cell each plan path was read from ("funders[0]" → "A21"). */
export interface PlanSource {
  readonly plan: FinancingPlan;
  readonly cells: Readonly<Record<string, string>>;
}

/** The cell of a path or of its nearest parent: "funders[0].rateBp", then "funders[0]". */
export function cellOf(cells: Readonly<Record<string, string>>, path: string): string | undefined {
  for (let p = path; p;) {
    const cell = cells[p];
    if (cell !== undefined) return cell;
    const parent = p.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
    if (parent === p) return undefined;
    p = parent;
  }
  return undefined;
}

/** Validates a candidate plan; the first error, placed by `describe`, becomes a PlanReadError. */
export function validPlan(candidate: unknown, describe: (issue: PlanIssue) => string): FinancingPlan {
  const result = parsePlan(candidate);
  if (result.ok) return result.plan;
  const [first, ...others] = result.errors;
  const more =
    others.length > 0
      ? ` (et ${others.length} autre${others.length > 1 ? "s" : ""} erreur${others.length > 1 ? "s" : ""})`
      : "";
  throw new PlanReadError(`${first ? describe(first) : "plan invalide"}${more}.`);
}
