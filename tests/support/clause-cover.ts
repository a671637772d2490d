import { EXAMPLE_VALUES, SUBJECTS, clauseLibrary, conditionProblems } from "@shared/domain/acts/clauses";
import type { Clause, Subject, VariableSpec } from "@shared/domain/acts/clauses";

/** A form of the Word pane: the whole act of a subject ("Acte complet"), or one clause ("Clauses"). */
export type ClauseFormUnit =
  | { readonly kind: "skeleton"; readonly subject: Subject; readonly variables: readonly VariableSpec[] }
  | { readonly kind: "clause"; readonly clause: Clause; readonly variables: readonly VariableSpec[] };

/** Variables a secretary types freely: text, and a person's name. The others are numbers, dates or choices. */
const isFree = (v: VariableSpec) => v.type === "text" || v.type === "person";

const distinct = (variables: readonly VariableSpec[]) => [...new Map(variables.map((v) => [v.name, v])).values()];

/**
 * Few forms that between them hold every free variable of the validated library: complete acts first (greedily,
 * the one adding most variables), then single clauses for what no act gathers. A clause or a variable added to the
 * catalog is covered without touching the tests.
 */
export function formsCoveringFreeVariables(): ClauseFormUnit[] {
  const skeletons: ClauseFormUnit[] = (Object.keys(SUBJECTS) as Subject[]).map((subject) => ({
    kind: "skeleton",
    subject,
    variables: distinct(
      clauseLibrary.assembleSkeleton(SUBJECTS[subject].actType, subject).flatMap((p) => p.clause.variables),
    ),
  }));
  // A clause that does not apply to the example commune (its conditions of use) cannot be inserted there.
  const clauses: ClauseFormUnit[] = clauseLibrary
    .list({ text: "" })
    .filter((clause) => !conditionProblems(clause, { values: EXAMPLE_VALUES }).some((p) => p.blocking))
    .map((clause) => ({ kind: "clause", clause, variables: clause.variables }));
  const candidates = [...skeletons, ...clauses];
  const left = new Set(candidates.flatMap((u) => u.variables.filter(isFree).map((v) => v.name)));
  const chosen: ClauseFormUnit[] = [];
  for (;;) {
    const gain = (u: ClauseFormUnit) => u.variables.filter((v) => left.has(v.name)).length;
    const best = candidates.reduce<ClauseFormUnit | undefined>(
      (a, u) => (gain(u) > (a ? gain(a) : 0) ? u : a),
      undefined,
    );
    if (!best) return chosen;
    chosen.push(best);
    best.variables.forEach((v) => left.delete(v.name));
  }
}

export const freeVariables = (unit: ClauseFormUnit): VariableSpec[] => unit.variables.filter(isFree);
