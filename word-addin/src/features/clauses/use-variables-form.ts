import { useMemo, useState } from "react";
import type { ClauseValues, VariableSpec } from "@shared/domain/acts/clauses";
import type { FieldInput } from "./field-input";
import type { FormInputs, FormReading } from "./form-model";
import { initialInputs, readForm } from "./form-model";

/** The state of a form of variables: what is typed, and its reading (values and French errors) on every change. */
export function useVariablesForm(variables: readonly VariableSpec[], prefill: ClauseValues) {
  const [inputs, setInputs] = useState<FormInputs>(() => initialInputs(variables, prefill));
  const reading: FormReading = useMemo(() => readForm(variables, inputs), [variables, inputs]);
  const setInput = (name: string, input: FieldInput) => setInputs((previous) => ({ ...previous, [name]: input }));
  return { inputs, setInput, reading, valid: Object.keys(reading.errors).length === 0 };
}
