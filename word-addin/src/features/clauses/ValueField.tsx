import { Field, Input, Radio, RadioGroup, Select, Textarea } from "@fluentui/react-components";
import type { VariableSpec } from "@shared/domain/acts/clauses";
import type { FieldProps } from "./field-view";
import { MAIRE_TITLES, asText, numberInput, validation } from "./field-view";

/** Any variable but a person: the control its type calls for, under its label. */
export function ValueField({ spec, input, error, empty, onChange }: FieldProps) {
  return (
    <Field label={spec.label} {...validation(error, empty)}>
      <Control spec={spec} value={asText(input)} onChange={onChange} />
    </Field>
  );
}

function Control({ spec, value, onChange }: { spec: VariableSpec; value: string; onChange: (value: string) => void }) {
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
    default:
      return <Input {...numberInput(spec.type)} value={value} onChange={(_e, data) => onChange(data.value)} />;
  }
}
