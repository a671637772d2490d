import type { Finding } from "../domain/rules";
import type { FileReport } from "./command";

const SEVERITY_FR = { error: "erreur", warning: "avertissement", info: "information" } as const;

/** `file: severity rule-id message (legal reference)`, the line format of shared/spec/cli.md. */
export function formatFindingLine(file: string, finding: Finding): string {
  return `${file}: ${finding.severity} ${finding.rule} ${finding.message} (${finding.ref})`;
}

export function formatText(reports: readonly FileReport[]): string {
  const lines = reports.flatMap((r) => r.findings.map((f) => formatFindingLine(r.file, f)));
  const count = (s: Finding["severity"]) =>
    reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? "s" : ""}`;
  const summary =
    `${plural(reports.length, "fichier")} vérifié${reports.length > 1 ? "s" : ""} : ` +
    `${plural(count("error"), SEVERITY_FR.error)}, ${plural(count("warning"), SEVERITY_FR.warning)}, ` +
    `${plural(count("info"), SEVERITY_FR.info)}.`;
  return [...lines, summary].join("\n");
}

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports, null, 2);
}

export function exitStatus(reports: readonly FileReport[]): 0 | 1 {
  return reports.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
