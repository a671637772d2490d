import { Field, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { SUBJECTS } from "@shared/domain/acts/clauses";
import { ACT_TYPE_LABELS } from "../../app/labels";
import { SkeletonForm } from "./SkeletonForm";
import { subjectsByActType } from "./skeleton-subjects";
import { usePrefill } from "./use-prefill";
import { useSkeletonSubject } from "./use-skeleton-subject";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

const GROUPS = subjectsByActType();

/** A complete délibération or arrêté of a chosen subject, inserted at the cursor. */
export function SkeletonPanel() {
  const styles = useStyles();
  const prefill = usePrefill();
  const { subject, choose, parts } = useSkeletonSubject();
  return (
    <div className={styles.root}>
      <Field label="Acte à assembler">
        <Select value={subject} onChange={(_e, data) => choose(data.value)}>
          {GROUPS.map(({ actType, subjects }) => (
            <optgroup key={actType} label={ACT_TYPE_LABELS[actType]}>
              {subjects.map((s) => (
                <option key={s} value={s}>
                  {SUBJECTS[s].label}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      </Field>
      {prefill ? (
        <SkeletonForm key={subject} parts={parts} prefill={prefill} />
      ) : (
        <Spinner size="tiny" label="Lecture de l'acte…" />
      )}
    </div>
  );
}
