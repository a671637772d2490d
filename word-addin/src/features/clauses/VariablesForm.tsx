import { makeStyles, tokens } from "@fluentui/react-components";
import type { VariableSpec } from "@shared/domain/acts/clauses";
import type { FieldInput } from "./field-input";
import type { FieldProps } from "./field-view";
import type { FormInputs } from "./form-model";
import { PersonField } from "./PersonField";
import { ValueField } from "./ValueField";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface VariablesFormProps {
  readonly variables: readonly VariableSpec[];
  readonly inputs: FormInputs;
  readonly errors: Readonly<Record<string, string>>;
  /** The fields left empty (`FormReading.missing`). */
  readonly missing: readonly string[];
  readonly onChange: (name: string, input: FieldInput) => void;
}

/** One field per typed variable, its French error shown inline under it. */
export function VariablesForm({ variables, inputs, errors, missing, onChange }: VariablesFormProps) {
  const styles = useStyles();
  return (
    <div className={styles.form}>
      {variables.map((spec) => {
        const props: FieldProps = {
          spec,
          input: inputs[spec.name] ?? "",
          error: errors[spec.name],
          empty: missing.includes(spec.name),
          onChange: (input) => onChange(spec.name, input),
        };
        return spec.type === "person" ? (
          <PersonField key={spec.name} {...props} />
        ) : (
          <ValueField key={spec.name} {...props} />
        );
      })}
    </div>
  );
}
