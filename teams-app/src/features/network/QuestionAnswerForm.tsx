import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Workspace } from "../../common/workspace";
import type { Thread } from "./network";
import { useAnswerForm } from "./use-questions";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function QuestionAnswerForm({ thread, ws }: { thread: Thread; ws: Workspace }) {
  const styles = useStyles();
  const form = useAnswerForm(thread, ws);
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void form.answer();
      }}
    >
      <Field label={`Votre réponse à « ${thread.question.sujet} »`}>
        <Textarea value={form.texte} onChange={(_e, d) => form.setTexte(d.value)} resize="vertical" />
      </Field>
      <Field label="Référence (article, circulaire)">
        <Input value={form.reference} onChange={(_e, d) => form.setReference(d.value)} />
      </Field>
      <div>
        <Button type="submit" disabled={!form.canSend}>
          Répondre
        </Button>
      </div>
    </form>
  );
}
