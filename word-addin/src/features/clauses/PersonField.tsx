import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { FieldProps } from "./field-view";
import { CIVILITES, asPerson, validation } from "./field-view";

const useStyles = makeStyles({
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

/** A person: a civilité and a name, grouped under the variable's label. */
export function PersonField({ spec, input, error, empty, onChange }: FieldProps) {
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
