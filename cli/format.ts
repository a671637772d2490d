import type { Finding } from "@shared/domain/rules";
import { countBySeverity, formatSeverityCounts } from "@shared/domain/common/severity";
import type { FileReport } from "./command";

/**
 * Control characters (C0, DEL, C1 such as the 8-bit CSI) and bidirectional overrides that a file may carry into a
 * message: written raw they would move the cursor, recolour or rewrite the secretary's terminal.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a file, made safe for a terminal: each control character shows as « \uXXXX ». */
export function sanitize(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** `file: severity rule-id message (legal reference)`, the line format of shared/spec/cli.md. */
export function formatFindingLine(file: string, finding: Finding): string {
  return sanitize(`${file}: ${finding.severity} ${finding.rule} ${finding.message} (${finding.ref})`);
}

export function formatText(reports: readonly FileReport[]): string {
  const lines = reports.flatMap((r) => r.findings.map((f) => formatFindingLine(r.file, f)));
  const counts = countBySeverity(reports.flatMap((r) => r.findings));
  const files = reports.length;
  const summary = `${files} fichier${files > 1 ? "s" : ""} vérifié${files > 1 ? "s" : ""} : ${formatSeverityCounts(counts)}.`;
  return [...lines, summary].join("\n");
}

/** JSON escapes C0 controls itself; C1 and bidi controls are escaped too, the JSON staying the same data. */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports, null, 2).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function exitStatus(reports: readonly FileReport[]): 0 | 1 {
  return reports.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
