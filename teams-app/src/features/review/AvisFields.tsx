import {
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PointRecord } from "../../app/data/ports";
import { COMMENTAIRE_MAX_LENGTH, POSITION_LABELS } from "./avis-summary";
import type { AvisDraft, Position } from "./avis-summary";

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  radios: { flexWrap: "wrap" },
});

/** The élu's position and comment on one point. */
export function AvisFields({
  point,
  draft,
  onChange,
  olderThan,
}: {
  point: PointRecord;
  draft: AvisDraft;
  onChange: (draft: AvisDraft) => void;
  /** The version of the projet the élu's saved avis was given on, when the projet has changed since. */
  olderThan?: string | undefined;
}) {
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      {olderThan && (
        <MessageBar intent="warning">
          <MessageBarBody>{`Le projet a changé depuis votre avis, donné sur la ${olderThan} : relisez-le, puis confirmez ou modifiez votre avis.`}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={`Votre avis sur le point ${point.numero}`}>
        <RadioGroup
          className={styles.radios}
          layout="horizontal"
          value={draft.position}
          onChange={(_e, d) => onChange({ ...draft, position: d.value as Position })}
        >
          {(Object.keys(POSITION_LABELS) as Position[]).map((p) => (
            <Radio key={p} value={p} label={POSITION_LABELS[p]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={`Commentaire sur le point ${point.numero}`}>
        <Textarea
          value={draft.commentaire}
          maxLength={COMMENTAIRE_MAX_LENGTH}
          onChange={(_e, d) => onChange({ ...draft, commentaire: d.value })}
          resize="vertical"
        />
      </Field>
    </div>
  );
}
