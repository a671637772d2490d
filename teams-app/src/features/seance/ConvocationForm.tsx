import { Button, Checkbox, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { ConvocationFields } from "./ConvocationFields";
import type { Convocation } from "./use-convocation";

/** The urgency, the record of when and how the convocation is sent, and its sending. */
export function ConvocationForm({ c }: { c: Convocation }) {
  return (
    <>
      <Checkbox
        label="Séance convoquée en urgence"
        checked={c.urgence}
        disabled={c.busy}
        onChange={(_e, d) => c.setUrgence(d.checked === true)}
      />
      <ConvocationFields c={c} />
      {c.problem.banner && (
        <MessageBar intent="warning">
          <MessageBarBody>{c.problem.banner}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabled={!c.canSend} onClick={() => void c.send()}>
        {c.sent ? "Renvoyer la convocation" : "Envoyer la convocation"}
      </Button>
    </>
  );
}
