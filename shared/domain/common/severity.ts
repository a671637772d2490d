/**
 * Severities of a finding, from the most serious: their order, their French names and how a set of findings is
 * counted. The CLI contract (shared/spec/cli.md) names them error, warning, info and counts them in these words.
 */
export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** 0 for the most serious: sorting by it puts errors first. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The word a person reads beside a finding or on a marked cell. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: "Erreur",
  warning: "Avertissement",
  info: "Information",
};

const COUNTED: Readonly<Record<Severity, string>> = { error: "erreur", warning: "avertissement", info: "information" };

/** The more serious of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER[b] < SEVERITY_ORDER[a] ? b : a;
}

/** The most serious severity among the findings; undefined when there is none. */
export function worstSeverity(findings: readonly { readonly severity: Severity }[]): Severity | undefined {
  return findings.reduce<Severity | undefined>(
    (worst, f) => (worst === undefined ? f.severity : worse(worst, f.severity)),
    undefined,
  );
}

export function countBySeverity(findings: readonly { readonly severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** « 1 erreur, 3 avertissements, 0 information »: every severity, the most serious first. */
export function formatSeverityCounts(counts: Readonly<Record<Severity, number>>): string {
  return SEVERITIES.map((s) => `${counts[s]} ${COUNTED[s]}${counts[s] > 1 ? "s" : ""}`).join(", ");
}
