import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { SUBJECTS, isSubject } from "@shared/domain/acts/clauses";
import type { SkeletonPart, Subject } from "@shared/domain/acts/clauses";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { ACT_TYPE_LABELS } from "../../app/labels";
import { useServices } from "../../app/services";
import { PrefillNote } from "./ClauseForm";
import { RenderedText } from "./RenderedText";
import type { Prefill } from "./use-prefill";
import { usePrefill } from "./use-prefill";
import { useSkeletonForm } from "./use-skeleton-form";
import { VariablesForm } from "./VariablesForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

function Warning({ text, intent = "warning" }: { text: string | undefined; intent?: "warning" | "error" }) {
  return text === undefined ? null : (
    <MessageBar intent={intent}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

function SkeletonForm({ parts, prefill }: { parts: readonly SkeletonPart[]; prefill: Prefill }) {
  const { variables, form, review, text, action, insert } = useSkeletonForm(parts, prefill);
  return (
    <>
      <Caption1>{review.summary}</Caption1>
      <Warning text={review.unvalidated} />
      <Warning text={review.toCheck} />
      <Warning text={review.cautions} />
      <Warning text={review.notApplicable} intent="error" />
      <PrefillNote prefill={prefill} />
      <VariablesForm
        variables={variables}
        inputs={form.inputs}
        errors={form.reading.errors}
        missing={form.reading.missing}
        onChange={form.setInput}
      />
      <RenderedText text={text} />
      <Button
        appearance="primary"
        disabled={text === undefined || action.status === "busy"}
        onClick={() => void insert()}
      >
        Assembler un acte complet
      </Button>
      <ActionStatus state={action} busyLabel="Insertion de l'acte…" describeDone={String} />
    </>
  );
}

/** A complete délibération or arrêté of a chosen subject, inserted at the cursor. */
export function SkeletonPanel() {
  const styles = useStyles();
  const { clauses } = useServices();
  const prefill = usePrefill();
  const [subject, setSubject] = useState<Subject>("tarifs-cantine");
  const parts = useMemo(() => clauses.assembleSkeleton(SUBJECTS[subject].actType, subject), [clauses, subject]);
  const options = Object.keys(SUBJECTS) as Subject[];
  return (
    <div className={styles.root}>
      <Field label="Acte à assembler">
        <Select value={subject} onChange={(_e, data) => isSubject(data.value) && setSubject(data.value)}>
          {(["deliberation", "arrete"] as const).map((actType) => (
            <optgroup key={actType} label={ACT_TYPE_LABELS[actType]}>
              {options
                .filter((s) => SUBJECTS[s].actType === actType)
                .map((s) => (
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
