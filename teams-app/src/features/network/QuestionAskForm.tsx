import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { Section } from "../../common/Section";
import type { Workspace } from "../../common/workspace";
import { ThemeOptions } from "./ThemeOptions";
import { useAskForm } from "./use-questions";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function QuestionAskForm({ ws }: { ws: Workspace }) {
  const styles = useStyles();
  const form = useAskForm(ws);
  return (
    <Section title="Poser une question au réseau">
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          void form.ask();
        }}
      >
        <Field label="Sujet" required>
          <Input value={form.sujet} onChange={(_e, d) => form.setSujet(d.value)} />
        </Field>
        <Field label="Votre question" required>
          <Textarea value={form.texte} onChange={(_e, d) => form.setTexte(d.value)} resize="vertical" />
        </Field>
        <Field label="Thème de la question">
          <Select value={form.theme} onChange={(_e, d) => form.chooseTheme(d.value)}>
            <ThemeOptions />
          </Select>
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabled={!form.canSend}>
            Poser la question
          </Button>
        </div>
      </form>
    </Section>
  );
}
