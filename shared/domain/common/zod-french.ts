import { z } from "zod";

const french = z.locales.fr().localeError;

/**
 * Zod's messages in French, with the wording the suite's readers share for the common cases (a missing field, a
 * date, an unknown key); pass it as `safeParse(input, { error: frenchIssue })`.
 */
export function frenchIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type" && issue.input === undefined) return "champ obligatoire manquant";
  if (issue.code === "invalid_format" && issue.format === "date") return "date invalide (format attendu AAAA-MM-JJ)";
  if (issue.code === "unrecognized_keys") return `champ(s) inconnu(s) : ${issue.keys.join(", ")}`;
  const localized = french(issue);
  return typeof localized === "string" ? localized : localized?.message;
}
