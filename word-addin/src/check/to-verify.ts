import type { Finding, Severity } from "@shared/domain/rules";
import { SEVERITY_ORDER } from "@shared/domain/rules";

/** A finding resting on a fact the checker guessed: the secretary judges it from the words it read. */
export function isToVerify(finding: Finding): boolean {
  return finding.evidence?.kind === "inferred";
}

/** The findings split as the pane shows them: what the act surely lacks, and what the checker could only guess. */
export function splitFindings(findings: readonly Finding[]): { sure: Finding[]; toVerify: Finding[] } {
  return { sure: findings.filter((f) => !isToVerify(f)), toVerify: findings.filter(isToVerify) };
}

/** The worst severity among the findings, which colours the result bar; undefined when there is none. */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  return findings.reduce<Severity | undefined>(
    (worst, f) => (worst === undefined || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst] ? f.severity : worst),
    undefined,
  );
}
