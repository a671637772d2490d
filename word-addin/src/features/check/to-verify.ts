import type { Finding } from "@shared/domain/rules";

/** A finding resting on a fact the checker guessed: the secretary judges it from the words it read. */
export function isToVerify(finding: Finding): boolean {
  return finding.evidence?.kind === "inferred";
}

/** The findings split as the pane shows them: what the act surely lacks, and what the checker could only guess. */
export function splitFindings(findings: readonly Finding[]): { sure: Finding[]; toVerify: Finding[] } {
  return { sure: findings.filter((f) => !isToVerify(f)), toVerify: findings.filter(isToVerify) };
}
