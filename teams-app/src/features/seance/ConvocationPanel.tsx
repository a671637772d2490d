import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SeanceBundle } from "./council-seance";
import { ConvocationStatus } from "./ConvocationStatus";
import { CONVOCATION_MODE_LABELS } from "./seance-details";
import type { ConvocationMode } from "./seance-details";
import { SeanceDocumentLink } from "./documents/SeanceDocumentLink";
import { useConvocation } from "./use-convocation";

const useStyles = makeStyles({
  form: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 12em), 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, alignItems: "center" },
});

interface Props {
  readonly bundle: SeanceBundle;
  readonly editable: boolean;
  readonly today: string;
}

const MODES = Object.entries(CONVOCATION_MODE_LABELS) as [ConvocationMode, string][];

/** The latest sending date, the convocation's Word document, and the record of when and how it was sent. */
export function ConvocationPanel({ bundle, editable, today }: Props) {
  const styles = useStyles();
  const c = useConvocation(bundle, today);
  return (
    <>
      <ConvocationStatus status={c.status} />
      {c.notice && <Text role="status">{c.notice}</Text>}
      <div className={styles.row}>
        <SeanceDocumentLink kind="convocation" />
      </div>
      {editable && (
        <>
          <Checkbox
            label="Séance convoquée en urgence"
            checked={c.urgence}
            disabled={c.busy}
            onChange={(_e, d) => c.setUrgence(d.checked === true)}
          />
          <div className={styles.form}>
            <Field
              label="Date d'envoi"
              required
              validationState={c.problem && !c.emptyAgenda ? "error" : "none"}
              validationMessage={c.emptyAgenda ? undefined : c.problem}
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
          {c.emptyAgenda && (
            <MessageBar intent="warning">
              <MessageBarBody>{c.problem}</MessageBarBody>
            </MessageBar>
          )}
          <Button appearance="primary" disabled={!c.canSend} onClick={() => void c.send()}>
            {c.sent ? "Renvoyer la convocation" : "Envoyer la convocation"}
          </Button>
        </>
      )}
    </>
  );
}
