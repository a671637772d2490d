import type { Clause, ClauseValues, VariableSpec } from "@shared/domain/acts/clauses";
import type { FieldInput } from "./field-input";
import { checkField, toInput } from "./field-input";

export type FormInputs = Readonly<Record<string, FieldInput>>;

export interface FormReading {
  readonly values: ClauseValues;
  /** French error of each field that cannot be used, by variable name. */
  readonly errors: Readonly<Record<string, string>>;
}

/** The variables of several clauses, once each: a name has the same type in every clause of the catalog. */
export function variablesOf(clauses: readonly Clause[]): VariableSpec[] {
  const byName = new Map<string, VariableSpec>();
  for (const clause of clauses) for (const v of clause.variables) if (!byName.has(v.name)) byName.set(v.name, v);
  return [...byName.values()];
}

export function initialInputs(variables: readonly VariableSpec[], prefill: ClauseValues): FormInputs {
  return Object.fromEntries(variables.map((v) => [v.name, toInput(v, prefill[v.name])]));
}

export function readForm(variables: readonly VariableSpec[], inputs: FormInputs): FormReading {
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const spec of variables) {
    const checked = checkField(spec, inputs[spec.name] ?? "");
    if (checked.ok) values[spec.name] = checked.value;
    else errors[spec.name] = checked.error;
  }
  return { values, errors };
}

/** The values a clause uses, to keep with it in the document. */
export function valuesFor(clause: Clause, values: ClauseValues): ClauseValues {
  return Object.fromEntries(
    clause.variables.filter((v) => values[v.name] !== undefined).map((v) => [v.name, values[v.name]]),
  );
}
