import { Field, Input, Radio, RadioGroup, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { VariableSpec } from "@shared/domain/acts/clauses";
import type { FieldInput, PersonInput } from "./field-input";
import type { FormInputs } from "./form-model";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  person: {
    display: "grid",
    gridTemplateColumns: "7em 1fr",
    columnGap: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalS,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}` },
});

const CIVILITES = ["M.", "Mme"] as const;
const MAIRE_TITLES = { monsieur: "Monsieur le Maire", madame: "Madame la Maire" } as const;

interface FieldProps {
  readonly spec: VariableSpec;
  readonly input: FieldInput;
  readonly error: string | undefined;
  /** Left empty: it will be an empty highlighted field of the act. */
  readonly empty: boolean;
  readonly onChange: (input: FieldInput) => void;
}

/** An error says what to correct; an empty field says that the act will show it highlighted, to complete. */
const validation = (error: string | undefined, empty: boolean) =>
  error
    ? { validationMessage: error }
    : empty
      ? { validationState: "warning" as const, validationMessage: "À compléter : laissé vide et surligné dans l'acte." }
      : {};

const asText = (input: FieldInput) => (typeof input === "string" ? input : "");
const asPerson = (input: FieldInput): PersonInput => (typeof input === "string" ? { civilite: "", nom: "" } : input);

function PersonField({ spec, input, error, empty, onChange }: FieldProps) {
  const styles = useStyles();
  const person = asPerson(input);
  return (
    <fieldset className={styles.person}>
      <legend className={styles.legend}>{spec.label}</legend>
      <Field label="Civilité">
        <Select value={person.civilite} onChange={(_e, data) => onChange({ ...person, civilite: data.value })}>
          <option value="">—</option>
          {CIVILITES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Prénom et nom" {...validation(error, empty)}>
        <Input value={person.nom} onChange={(_e, data) => onChange({ ...person, nom: data.value })} />
      </Field>
    </fieldset>
  );
}

function ValueField({ spec, input, error, empty, onChange }: FieldProps) {
  const value = asText(input);
  const control = (() => {
    switch (spec.type) {
      case "maireTitle":
        return (
          <RadioGroup layout="horizontal" value={value} onChange={(_e, data) => onChange(data.value)}>
            {Object.entries(MAIRE_TITLES).map(([key, label]) => (
              <Radio key={key} value={key} label={label} />
            ))}
          </RadioGroup>
        );
      case "choice":
        return (
          <Select value={value} onChange={(_e, data) => onChange(data.value)}>
            <option value="">— Choisir —</option>
            {Object.entries(spec.options).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </Select>
        );
      case "text":
        return spec.multiline ? (
          <Textarea value={value} resize="vertical" onChange={(_e, data) => onChange(data.value)} />
        ) : (
          <Input value={value} onChange={(_e, data) => onChange(data.value)} />
        );
      case "date":
        return <Input type="date" value={value} onChange={(_e, data) => onChange(data.value)} />;
      default: {
        const after = spec.type === "montant" ? "€" : spec.type === "percent" ? "%" : undefined;
        const mode = spec.type === "integer" ? "numeric" : "decimal";
        return (
          <Input inputMode={mode} value={value} contentAfter={after} onChange={(_e, data) => onChange(data.value)} />
        );
      }
    }
  })();
  return (
    <Field label={spec.label} {...validation(error, empty)}>
      {control}
    </Field>
  );
}

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
