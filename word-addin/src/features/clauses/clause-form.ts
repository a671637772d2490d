import { conditionProblems, filledText, renderClauseWithBlanks } from "@shared/domain/acts/clauses";
import type { Clause, ClauseStanding, ClauseValues, FilledResult } from "@shared/domain/acts/clauses";

export interface ClauseFormView {
  /** Why the clause must not be inserted here (blocking conditions). */
  readonly notApplicable: readonly string[];
  /** What to check before signing. */
  readonly warnings: readonly string[];
  /** The clause rendered once every field reads; absent while one is wrong. */
  readonly rendered: FilledResult | undefined;
  /** The text to insert: absent while a field is wrong or the clause does not apply. */
  readonly text: string | undefined;
}

/**
 * What a clause's form shows for what is typed: `values` are the act's (prefill and form), `typed` the form's only,
 * rendered once `valid`.
 */
export function viewClauseForm(
  clause: Clause,
  values: ClauseValues,
  typed: ClauseValues,
  valid: boolean,
): ClauseFormView {
  const conditions = conditionProblems(clause, { values });
  const notApplicable = conditions.filter((p) => p.blocking).map((p) => p.message);
  const warnings = conditions.filter((p) => !p.blocking).map((p) => p.message);
  const rendered = valid ? renderClauseWithBlanks(clause, typed) : undefined;
  const text = rendered?.ok && notApplicable.length === 0 ? filledText(rendered.parts) : undefined;
  return { notApplicable, warnings, rendered, text };
}

/** Who stands behind this version: a référent who validated it (who, when), or the team or a member who proposed it. */
export function provenance(clause: Pick<Clause, "origin">, standing: Pick<ClauseStanding, "provenance">): string {
  return clause.origin === "reseau" ? `clause du réseau, ${standing.provenance}` : standing.provenance;
}
