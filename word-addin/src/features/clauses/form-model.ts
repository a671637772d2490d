import type { Clause, ClauseValues, VariableSpec } from "@shared/domain/acts/clauses";
import type { FieldInput } from "./field-input";
import { checkField, toInput } from "./field-input";

export type FormInputs = Readonly<Record<string, FieldInput>>;

export interface FormReading {
  readonly values: ClauseValues;
  /** French error of each field that cannot be used, by variable name. */
  readonly errors: Readonly<Record<string, string>>;
  /** The fields left empty: each stays an empty highlighted field of the act, never an example value. */
  readonly missing: readonly string[];
}

/** Nothing typed: no text, or a person without a name (a civilité alone says nobody). */
const isEmpty = (input: FieldInput): boolean => (typeof input === "string" ? input : input.nom).trim() === "";

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
  const missing: string[] = [];
  for (const spec of variables) {
    const input = inputs[spec.name] ?? "";
    if (isEmpty(input)) {
      missing.push(spec.name);
      continue;
    }
    const checked = checkField(spec, input);
    if (checked.ok) values[spec.name] = checked.value;
    else errors[spec.name] = checked.error;
  }
  return { values, errors, missing };
}

/** The values a clause uses, to keep with it in the document. */
export function valuesFor(clause: Clause, values: ClauseValues): ClauseValues {
  return Object.fromEntries(
    clause.variables.filter((v) => values[v.name] !== undefined).map((v) => [v.name, values[v.name]]),
  );
}
