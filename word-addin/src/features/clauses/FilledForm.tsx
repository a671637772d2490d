import type { VariableSpec } from "@shared/domain/acts/clauses";
import { RenderedText } from "./RenderedText";
import type { useVariablesForm } from "./use-variables-form";
import { VariablesForm } from "./VariablesForm";

export interface FilledFormProps {
  readonly variables: readonly VariableSpec[];
  readonly form: Pick<ReturnType<typeof useVariablesForm>, "inputs" | "reading" | "setInput">;
  /** The text the form gives, absent while a field is wrong. */
  readonly text: string | undefined;
}

/** A form of variables and, under it, the live preview of the text it gives: every clause pane shows both. */
export function FilledForm({ variables, form, text }: FilledFormProps) {
  return (
    <>
      <VariablesForm
        variables={variables}
        inputs={form.inputs}
        errors={form.reading.errors}
        missing={form.reading.missing}
        onChange={form.setInput}
      />
      <RenderedText text={text} />
    </>
  );
}
