import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CockpitItem } from "./cockpit";
import { shortVerb } from "./cockpit-completion";
import type { Completion } from "./cockpit-completion";
import { useCompletionForm } from "./use-completion-form";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
});

interface Props {
  readonly item: CockpitItem;
  readonly completion: Completion;
  readonly today: string;
}

/** How to say a cockpit item is done: a button, then the date it was done, checked as it is typed. */
export function CompletionForm({ item, completion, today }: Props) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <div>
        <Button size="small" aria-label={`${shortVerb(completion)} : ${item.label}`} onClick={() => setOpen(true)}>
          {`${shortVerb(completion)}…`}
        </Button>
      </div>
    );
  return <OpenCompletionForm item={item} completion={completion} today={today} onClose={() => setOpen(false)} />;
}

function OpenCompletionForm({ item, completion, today, onClose }: Props & { onClose: () => void }) {
  const styles = useStyles();
  const { date, setDate, problem, canSave, submit } = useCompletionForm(item, completion, today);
  return (
    <form
      className={styles.row}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field
        label={completion.verb}
        size="small"
        validationState={problem ? "error" : "none"}
        validationMessage={problem}
      >
        <Input type="date" size="small" value={date} max={today} onChange={(_e, d) => setDate(d.value)} />
      </Field>
      <Button size="small" type="submit" appearance="primary" disabled={!canSave}>
        Enregistrer
      </Button>
      <Button size="small" onClick={onClose}>
        Annuler
      </Button>
    </form>
  );
}
