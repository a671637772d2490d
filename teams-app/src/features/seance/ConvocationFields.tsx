import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { CONVOCATION_MODE_LABELS } from "./seance-details";
import type { ConvocationMode } from "./seance-details";
import type { Convocation } from "./use-convocation";

const useStyles = makeStyles({
  form: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 12em), 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
});

const MODES = Object.entries(CONVOCATION_MODE_LABELS) as [ConvocationMode, string][];

/** When and how the convocation is sent, the date with what is wrong with it. */
export function ConvocationFields({ c }: { c: Convocation }) {
  const styles = useStyles();
  return (
    <div className={styles.form}>
      <Field
        label="Date d'envoi"
        required
        validationState={c.problem.field ? "error" : "none"}
        validationMessage={c.problem.field}
      >
        <Input type="date" value={c.sentOn} onChange={(_e, d) => c.setSentOn(d.value)} />
      </Field>
      <Field label="Mode d'envoi">
        <Select value={c.mode} onChange={(_e, d) => c.setMode(d.value as ConvocationMode)}>
          {MODES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
