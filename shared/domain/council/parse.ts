import { frenchIssue } from "../common/zod-french";
import { seanceSchema } from "./schema";
import type { Seance } from "./schema";

/** "points[2].vote.pour", the path notation used by findings too. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    "",
  );
}

export type ParseResult = { ok: true; seance: Seance } | { ok: false; errors: string[] };

/** Validates untrusted JSON; each error names the field path in French ("points[2].vote.pour : …"). */
export function parseSeance(json: unknown): ParseResult {
  const result = seanceSchema.safeParse(json, { error: frenchIssue });
  if (result.success) return { ok: true, seance: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${formatPath(issue.path) || "(racine)"} : ${issue.message}`),
  };
}
