import type { Evidence, Finding, Severity } from "./finding";
import { SEVERITY_ORDER } from "./finding";
import type { Effective, MessageData, Rule, RuleMeta } from "./rule";

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    return value === undefined ? whole : String(value);
  });
}

export function isInForce(effective: Effective | undefined, date: string): boolean {
  if (!effective) return true;
  if (effective.from !== undefined && date < effective.from) return false;
  if (effective.until !== undefined && date > effective.until) return false;
  return true;
}

function effectiveSeverity(meta: RuleMeta<string>, requested: Severity): Severity {
  // seance-actes-reference.md §F.3: a rule not verified against the text must not block an act.
  if (meta.verification === "M" && requested === "error") return "warning";
  return requested;
}

/** Issue 11: a fact guessed from its place or shape may be wrong, so it never blocks the act. */
function evidenceSeverity(severity: Severity, evidence: Evidence | undefined): Severity {
  return evidence?.kind === "inferred" && severity === "error" ? "warning" : severity;
}

/** An inferred fact is announced as such, with the words the checker read, so the secretary can judge it. */
function evidenceMessage(message: string, evidence: Evidence | undefined): string {
  if (evidence?.kind !== "inferred") return message;
  return `À vérifier : ${message}${evidence.read ? ` (lu : « ${evidence.read} »)` : ""}`;
}

export interface RunOptions {
  readonly date: string;
}

/**
 * Runs every rule in force on `options.date` against the subject. A rule that throws is reported as an
 * internal finding instead of hiding the others' results: the secretary still gets the rest of the check.
 */
export function runRules<Subject>(rules: readonly Rule<Subject>[], subject: Subject, options: RunOptions): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const { meta } = rule;
    if (!isInForce(meta.effective, options.date)) continue;
    try {
      rule.check(subject, {
        date: options.date,
        report: ({ messageId, data, at, severity, evidence }) => {
          findings.push({
            rule: meta.id,
            severity: evidenceSeverity(effectiveSeverity(meta, severity ?? meta.severity), evidence),
            message: evidenceMessage(formatMessage(meta.messages[messageId] ?? messageId, data), evidence),
            ref: meta.ref,
            ...(at ? { at } : {}),
            // Only a guess is worth the words read: labelled findings keep the CLI's JSON exactly as before.
            ...(evidence?.kind === "inferred" ? { evidence } : {}),
          });
        },
      });
    } catch (error) {
      findings.push({
        rule: meta.id,
        severity: "info",
        message: `La règle n'a pas pu être appliquée : ${error instanceof Error ? error.message : String(error)}`,
        ref: meta.ref,
      });
    }
  }
  return sortFindings(findings);
}

/** Errors first, then warnings, then infos; within a level, by position then rule id. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const position = (f: Finding) => f.at?.line ?? f.at?.paragraph ?? Number.MAX_SAFE_INTEGER;
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      position(a) - position(b) ||
      a.rule.localeCompare(b.rule),
  );
}
