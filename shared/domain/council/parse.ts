import { z } from "zod";
import { seanceSchema } from "./schema";
import type { Seance } from "./schema";

const french = z.locales.fr().localeError;

/** "points[2].vote.pour", the path notation used by findings too. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    "",
  );
}

function message(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type" && issue.input === undefined) return "champ obligatoire manquant";
  if (issue.code === "invalid_format" && issue.format === "date") return "date invalide (format attendu AAAA-MM-JJ)";
  if (issue.code === "unrecognized_keys") return `champ(s) inconnu(s) : ${issue.keys.join(", ")}`;
  const localized = french(issue);
  return typeof localized === "string" ? localized : localized?.message;
}

export type ParseResult = { ok: true; seance: Seance } | { ok: false; errors: string[] };

/** Validates untrusted JSON; each error names the field path in French ("points[2].vote.pour : …"). */
export function parseSeance(json: unknown): ParseResult {
  const result = seanceSchema.safeParse(json, { error: message });
  if (result.success) return { ok: true, seance: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${formatPath(issue.path) || "(racine)"} : ${issue.message}`),
  };
}
