/** Finding severities, as the CLI contract names them (catalog BLOCKING → error, MAJOR → warning, MINOR/INFO → info). */
export type Severity = "error" | "warning" | "info";

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** A budget line, as located by BUD-* findings. */
export interface BudgetLineLocation {
  readonly section: "F" | "I";
  readonly sens: "D" | "R";
  readonly chapitre?: string;
  readonly nature?: string;
}

/**
 * Where a finding points: a line of a text, a paragraph of a document, a budget line, a cell of a workbook,
 * or a path inside structured input (a séance's JSON). Several may be given together.
 */
export interface Location {
  readonly line?: number;
  readonly paragraph?: number;
  readonly section?: BudgetLineLocation["section"];
  readonly sens?: BudgetLineLocation["sens"];
  readonly chapitre?: string;
  readonly nature?: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly path?: string;
  /** Character offsets in the source text, for hosts that can select the passage. */
  readonly start?: number;
  readonly end?: number;
}

/**
 * How the fact a finding rests on was read: after its label (« Date de convocation : 7 mars 2024 »), guessed from
 * its place or shape (the only date of a header), or not found at all.
 */
export type EvidenceKind = "labelled" | "inferred" | "absent";

export interface Evidence {
  readonly kind: EvidenceKind;
  /** The words the checker read, quoted to the secretary when the fact was inferred. */
  readonly read?: string;
}

/** One result of a rule, in the shape of the CLI's JSON output. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly ref: string;
  readonly at?: Location;
  /** Present when the finding rests on a fact the checker inferred: the words it read (older consumers ignore it). */
  readonly evidence?: Evidence;
}

/** The worst severity among the findings, which colours a result bar; undefined when there is none. */
export function worstSeverity(findings: readonly Pick<Finding, "severity">[]): Severity | undefined {
  return findings.reduce<Severity | undefined>(
    (worst, f) => (worst === undefined || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst] ? f.severity : worst),
    undefined,
  );
}
